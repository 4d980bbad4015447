package org.microblog.domain.login;

import java.util.Locale;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/**
 * A short description of the browser behind a login, such as "Firefox on Linux", made from its
 * User-Agent header. Only a few well-known names are ever kept, never the header itself, so nothing
 * a client sends reaches the sessions page verbatim.
 */
public record BrowserDescription(String value) {
  public static final int MAX_LENGTH = 60;
  public static final BrowserDescription UNKNOWN = new BrowserDescription("Unknown browser");

  public BrowserDescription {
    if (value == null
        || value.isBlank()
        || Text.length(value) > MAX_LENGTH
        || Text.hasControlCharacters(value)) {
      throw DomainException.invalid("browser.invalid", "Not a browser description.");
    }
  }

  /** Names the browser and system of a User-Agent header; unknown parts stay unnamed. */
  public static BrowserDescription fromUserAgent(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return UNKNOWN;
    }
    String agent = userAgent.toLowerCase(Locale.ROOT);
    return new BrowserDescription(browser(agent) + " on " + system(agent));
  }

  // Order matters: Edge and Opera say "chrome", Chrome says "safari".
  private static String browser(String agent) {
    if (agent.contains("edg/")) {
      return "Edge";
    }
    if (agent.contains("opr/") || agent.contains("opera")) {
      return "Opera";
    }
    if (agent.contains("firefox/")) {
      return "Firefox";
    }
    if (agent.contains("chrome/") || agent.contains("chromium/") || agent.contains("crios/")) {
      return "Chrome";
    }
    if (agent.contains("safari/")) {
      return "Safari";
    }
    if (agent.contains("curl/")) {
      return "curl";
    }
    return "A browser";
  }

  private static String system(String agent) {
    if (agent.contains("android")) {
      return "Android";
    }
    if (agent.contains("iphone") || agent.contains("ipad")) {
      return "iOS";
    }
    if (agent.contains("windows")) {
      return "Windows";
    }
    if (agent.contains("mac os") || agent.contains("macintosh")) {
      return "macOS";
    }
    if (agent.contains("cros")) {
      return "ChromeOS";
    }
    if (agent.contains("linux") || agent.contains("x11")) {
      return "Linux";
    }
    return "an unknown system";
  }
}
