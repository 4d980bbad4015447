package org.microblog.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Many open live streams ({@code GET /events}) that nobody reads from after their first event, as
 * pages left open in background tabs: each is one socket, spread over the virtual users' logins
 * (several tabs per person). The load generator holds no thread per stream.
 */
final class IdleStreams implements AutoCloseable {
  private final List<Socket> sockets = new ArrayList<>();

  private IdleStreams() {}

  /** Opens {@code count} streams and waits until each has sent its response head. */
  static IdleStreams open(
      String host, int port, String hostHeader, List<Session> sessions, int count)
      throws IOException {
    IdleStreams streams = new IdleStreams();
    try {
      for (int i = 0; i < count; i++) {
        Socket socket = new Socket();
        streams.sockets.add(socket);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(10_000);
        String request =
            "GET /events HTTP/1.1\r\nHost: "
                + hostHeader
                + "\r\nAccept: text/event-stream\r\n"
                + sessions.get(i % sessions.size()).cookieHeader()
                + "\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        String status = statusLine(socket.getInputStream());
        if (!status.contains(" 200")) {
          throw new IOException("stream " + i + " refused: " + status);
        }
      }
    } catch (IOException e) {
      streams.close();
      throw e;
    }
    return streams;
  }

  int size() {
    return sockets.size();
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      line.append((char) c);
    }
    return line.toString().trim();
  }

  @Override
  public void close() {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    sockets.clear();
  }
}
