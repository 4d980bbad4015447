package org.microblog.adapter.web.avatar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A symmetric 5x5 pattern in one colour, drawn from a hash of the username: every user gets a
 * recognisable avatar without uploads or third-party services.
 */
final class Identicon {
  private static final int GRID = 5;
  private static final int HALF = (GRID + 1) / 2;

  private Identicon() {}

  /** The avatar as an SVG document; the same name always gives the same picture. */
  static String svg(String username) {
    byte[] hash = sha256(username.toLowerCase(Locale.ROOT));
    int hue = ((hash[0] & 0xff) << 8 | (hash[1] & 0xff)) % 360;
    StringBuilder svg =
        new StringBuilder()
            .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-0.5 -0.5 6 6\"")
            .append(" width=\"96\" height=\"96\" shape-rendering=\"crispEdges\">")
            .append("<rect x=\"-0.5\" y=\"-0.5\" width=\"6\" height=\"6\" fill=\"#f0f0f0\"/>")
            .append("<g fill=\"hsl(")
            .append(hue)
            .append(",55%,50%)\">");
    for (int row = 0; row < GRID; row++) {
      for (int col = 0; col < HALF; col++) {
        if (cellOn(hash, row * HALF + col)) {
          rect(svg, col, row);
          if (col != GRID - 1 - col) {
            rect(svg, GRID - 1 - col, row);
          }
        }
      }
    }
    return svg.append("</g></svg>").toString();
  }

  private static boolean cellOn(byte[] hash, int cell) {
    return (hash[2 + cell] & 1) == 1;
  }

  private static void rect(StringBuilder svg, int x, int y) {
    svg.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"1\" height=\"1\"/>");
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
