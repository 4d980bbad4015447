package org.microblog.adapter.web.form;

/**
 * Where to send someone after a login or an action: only ever a path on this site, so a crafted
 * {@code next} cannot send people to another host (open redirect).
 */
public final class SafeRedirect {
  private static final int MAX_LENGTH = 2_000;

  private SafeRedirect() {}

  /** The given path if it is local and plain, else {@code fallback}. */
  public static String localPathOr(String candidate, String fallback) {
    return isLocalPath(candidate) ? candidate : fallback;
  }

  static boolean isLocalPath(String candidate) {
    if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
      return false;
    }
    if (candidate.charAt(0) != '/' || candidate.startsWith("//") || candidate.startsWith("/\\")) {
      return false;
    }
    return candidate.chars().noneMatch(c -> c < 0x21 || c == 0x7f || c == '\\');
  }
}
