package org.microblog.application.port.out.contract;

import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.microblog.application.MicroblogPorts;

/**
 * Hands a contract the ports of an emptied store, from the innermost test instance that is a {@link
 * StoreUnderTest}: the contract itself, or the class it is nested in.
 */
final class EmptyStoreResolver implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MicroblogPorts.class || type == SearchCapabilities.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    List<Object> outermostFirst = context.getRequiredTestInstances().getAllInstances();
    for (int i = outermostFirst.size() - 1; i >= 0; i--) {
      if (outermostFirst.get(i) instanceof StoreUnderTest store) {
        return parameter.getParameter().getType() == SearchCapabilities.class
            ? new SearchCapabilities(store.searchMatchesPhrases())
            : store.emptyStore();
      }
    }
    throw new ParameterResolutionException(
        context.getRequiredTestClass().getName()
            + " needs a store: implement StoreUnderTest in it or in the class it is nested in");
  }
}
