package org.microblog.adapter.web.notice;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Map;
import org.microblog.adapter.web.view.PageDecorator;

/**
 * The one way a notice survives a redirect: the action redirects to a page with the notice's name
 * in the query ({@code /login?logged-out}, {@code /settings/account?done=email-sent}), and this
 * gives that page its sentence as {@code notice}, which the page shows with {@code role="status"}.
 * Every sentence is written here once; an unknown name shows nothing.
 */
@Singleton
final class Notices implements PageDecorator {
  private static final Map<String, String> SENTENCES =
      Map.ofEntries(
          Map.entry(
              "registered",
              "Your account is ready. Please log in. We have mailed you a link to verify your"
                  + " address."),
          Map.entry("logged-out", "You have logged out."),
          Map.entry("reset", "Your password has been changed. Please log in with the new one."),
          Map.entry("verified", "Your email address is verified."),
          Map.entry("deleted", "Your account has been deleted. Goodbye!"),
          Map.entry("everywhere", "You have logged out on every device."),
          Map.entry("ended", "Your login has ended. Please log in again."),
          Map.entry(
              "step-expired",
              "The two-factor step has expired or was not started. Please log in again."),
          Map.entry(
              "sent",
              "If an account uses that address, we have sent it a link to set a new password."
                  + " The link works for 30 minutes. Please check your inbox."),
          Map.entry(
              "email-sent",
              "We have sent a link to your new address. Your address changes when you follow"
                  + " it."),
          Map.entry("verification-sent", "We have sent you a new verification link."),
          Map.entry("off", "Two-factor authentication is off."),
          Map.entry("message-sent", "Your message has been sent."),
          Map.entry("message-deleted", "The message has been removed from your view."),
          Map.entry(
              "blocked", "You have blocked this account. Neither of you can reach the other."),
          Map.entry("unblocked", "You have unblocked this account."),
          Map.entry("muted", "You have muted this account. They will not know."),
          Map.entry("unmuted", "You have unmuted this account."),
          Map.entry(
              "password-changed", "Your password has been changed. Your other logins have ended."));

  /** The query parameter that names a notice by its value rather than by its own name. */
  private static final String DONE = "done";

  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    HttpParameters query = request.getParameters();
    String named = query.get(DONE);
    if (named != null && SENTENCES.containsKey(named)) {
      model.putIfAbsent("notice", SENTENCES.get(named));
      return;
    }
    for (String name : query.names()) {
      if (SENTENCES.containsKey(name)) {
        model.putIfAbsent("notice", SENTENCES.get(name));
        return;
      }
    }
  }
}
