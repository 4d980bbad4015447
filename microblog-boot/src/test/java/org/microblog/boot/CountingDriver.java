package org.microblog.boot;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver for tests that records every SQL statement executed through it. URLs are the real
 * database's with {@code counting:} after {@code jdbc:} ({@code jdbc:counting:h2:mem:x}); the
 * connections of the real driver are wrapped in proxies that note each {@code execute*} of the
 * statements they hand out. Being a driver, it sits under the connection pool and Micronaut Data,
 * so it sees exactly what reaches the database, and only contexts configured with such a URL use
 * it.
 */
public final class CountingDriver implements Driver {
  private static final String PREFIX = "jdbc:counting:";
  private static final List<String> EXECUTED = new ArrayList<>();

  /** Forgets what was executed so far. */
  public static synchronized void reset() {
    EXECUTED.clear();
  }

  /** The SQL of every execution since the last {@link #reset()}, in order. */
  public static synchronized List<String> executed() {
    return List.copyOf(EXECUTED);
  }

  private static synchronized void record(String sql) {
    EXECUTED.add(sql);
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    String real = "jdbc:" + url.substring(PREFIX.length());
    Connection connection = DriverManager.getDriver(real).connect(real, info);
    return proxy(Connection.class, connection, new ConnectionHandler(connection));
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            CountingDriver.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Hands out statements that record their executions. */
  private record ConnectionHandler(Connection connection) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      Object result = CountingDriver.invoke(connection, method, args);
      String name = method.getName();
      if (name.equals("prepareStatement") || name.equals("prepareCall")) {
        String sql = (String) args[0];
        return result instanceof CallableStatement call
            ? proxy(CallableStatement.class, call, new StatementHandler(call, sql))
            : proxy(
                PreparedStatement.class,
                (PreparedStatement) result,
                new StatementHandler(result, sql));
      }
      if (name.equals("createStatement")) {
        return proxy(Statement.class, (Statement) result, new StatementHandler(result, null));
      }
      return result;
    }
  }

  /** Records each execution: the prepared SQL, or the SQL passed to a plain statement. */
  private record StatementHandler(Object statement, String preparedSql)
      implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().startsWith("execute")) {
        boolean sqlGiven = args != null && args.length > 0 && args[0] instanceof String;
        record(sqlGiven ? (String) args[0] : preparedSql);
      }
      return CountingDriver.invoke(statement, method, args);
    }
  }
}
