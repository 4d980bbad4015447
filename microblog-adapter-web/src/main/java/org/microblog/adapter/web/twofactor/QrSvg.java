package org.microblog.adapter.web.twofactor;

/**
 * A QR code as the path data of one SVG {@code <path>}: a unit square per dark module, offset by
 * the 4-module quiet zone. Only letters of SVG's path grammar and digits, so the template can print
 * it with normal escaping.
 */
record QrSvg(int viewBoxSize, String path) {
  private static final int QUIET_ZONE = 4;

  static QrSvg of(String text) {
    QrCode code = QrCode.encode(text);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < code.size(); y++) {
      for (int x = 0; x < code.size(); x++) {
        if (code.isDark(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(' ')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return new QrSvg(code.size() + 2 * QUIET_ZONE, path.toString());
  }
}
