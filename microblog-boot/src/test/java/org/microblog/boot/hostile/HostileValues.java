package org.microblog.boot.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/** The corpus: values that have broken web applications before, each with a short name. */
final class HostileValues {
  static final String SCRIPT = "<script>alert('xss')</script>";

  private HostileValues() {}

  static Map<String, String> all() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("empty", "");
    values.put("whitespace only", " \t  ");
    values.put("10,000 characters", "a".repeat(10_000));
    values.put("NUL byte", "abc\u0000def");
    values.put("control characters", "\u0001\u0002\u001b[31m\u0007");
    values.put("CR LF injection", "line\r\nSet-Cookie: evil=1");
    values.put("right-to-left override", "user\u202Egnp.exe");
    values.put("combining characters", "e" + "\u0301".repeat(300));
    values.put("zero-width joiners", "a\u200d\u200b\ufeffb");
    values.put("emoji", "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD");
    values.put("lone surrogate", "x\uD800y");
    values.put("HTML", "<b onmouseover=alert(1)>bold</b>");
    values.put("script", SCRIPT);
    values.put("attribute breakout", "\"><img src=x onerror=alert(1)>");
    values.put("SQL quote", "' OR '1'='1");
    values.put("SQL statement", "x'; DROP TABLE users; --");
    values.put("path traversal", "../../../../etc/passwd");
    values.put("encoded traversal", "..%2F..%2Fetc%2Fpasswd");
    values.put("URL", "https://evil.example/phish");
    values.put("protocol-relative URL", "//evil.example");
    values.put("javascript URL", "javascript:alert(1)");
    values.put("negative number", "-1");
    values.put("zero", "0");
    values.put("huge number", "99999999999999999999999");
    values.put("not a number", "abc");
    values.put("float", "1.5e10");
    values.put("format string", "%s%s%s%n%x");
    values.put("template syntax", "{{viewer}}{{{csrfToken}}}${7*7}");
    values.put("JSON", "{\"username\":\"admin\"}");
    values.put("unicode lookalike", "\u0430dmin");
    return values;
  }
}
