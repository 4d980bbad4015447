package org.microblog.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One persistent HTTP/1.1 connection on a plain socket: writes a request, reads the whole response
 * (Content-Length or chunked), keeps the connection for the next one. Much cheaper per request than
 * {@link java.net.http.HttpClient}, which matters when the load generator shares two cores with the
 * server it measures.
 */
final class HttpConnection implements AutoCloseable {
  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private boolean closeAfter;
  private final StringBuilder lineBuffer = new StringBuilder(128);
  private final List<String> setCookies = new ArrayList<>();

  HttpConnection(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** Sends the request and returns the status code once the whole body has been read. */
  int exchange(byte[] request) throws IOException {
    if (socket == null) {
      open();
    }
    try {
      out.write(request);
      out.flush();
      return readResponse();
    } catch (IOException e) {
      close();
      throw e;
    } finally {
      if (closeAfter) {
        close();
      }
    }
  }

  /** The last response's {@code Set-Cookie} headers. */
  List<String> lastSetCookies() {
    return List.copyOf(setCookies);
  }

  private void open() throws IOException {
    Socket opened = new Socket();
    try {
      opened.setTcpNoDelay(true);
      opened.setSoTimeout(30_000);
      opened.connect(new InetSocketAddress(host, port), 5_000);
    } catch (IOException e) {
      opened.close();
      throw e;
    }
    socket = opened;
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    out = socket.getOutputStream();
  }

  private int readResponse() throws IOException {
    String statusLine = readLine();
    if (statusLine == null || statusLine.length() < 12) {
      throw new IOException("bad status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    closeAfter = false;
    setCookies.clear();
    String line;
    while ((line = readLine()) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("content-length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("transfer-encoding")) {
        chunked = value.equalsIgnoreCase("chunked");
      } else if (name.equalsIgnoreCase("connection")) {
        closeAfter = value.equalsIgnoreCase("close");
      } else if (name.equalsIgnoreCase("set-cookie")) {
        setCookies.add(value);
      }
    }
    if (chunked) {
      skipChunks();
    } else if (length >= 0) {
      skip(length);
    } else if (status >= 200 && status != 204 && status != 304) {
      closeAfter = true; // body ends when the server closes
      in.transferTo(OutputStream.nullOutputStream());
    }
    return status;
  }

  private void skipChunks() throws IOException {
    while (true) {
      String size = readLine();
      if (size == null) {
        throw new IOException("connection closed inside a chunked body");
      }
      int semicolon = size.indexOf(';');
      long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (chunk == 0) {
        String trailer;
        while ((trailer = readLine()) != null && !trailer.isEmpty()) {
          // trailers are ignored
        }
        return;
      }
      skip(chunk);
      readLine();
    }
  }

  private void skip(long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed inside a body");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private String readLine() throws IOException {
    lineBuffer.setLength(0);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        int end = lineBuffer.length();
        if (end > 0 && lineBuffer.charAt(end - 1) == '\r') {
          lineBuffer.setLength(end - 1);
        }
        return lineBuffer.toString();
      }
      lineBuffer.append((char) c);
    }
    return lineBuffer.length() == 0 ? null : lineBuffer.toString();
  }

  /** A request's bytes: method, path, the given headers (each ending in CRLF) and a form body. */
  static byte[] request(
      String method, String path, String hostHeader, String headers, String body) {
    return request(method, path, hostHeader, "text/html", headers, body);
  }

  /** A request accepting {@code accept}: the client API answers JSON only (406 to text/html). */
  static byte[] request(
      String method, String path, String hostHeader, String accept, String headers, String body) {
    StringBuilder request =
        new StringBuilder(256)
            .append(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\nHost: ")
            .append(hostHeader)
            .append("\r\nAccept: ")
            .append(accept)
            .append("\r\n")
            .append(headers);
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      request
          .append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
          .append(content.length)
          .append("\r\n");
    }
    request.append("\r\n");
    byte[] head = request.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + content.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(content, 0, all, head.length, content.length);
    return all;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}
