package org.microblog.adapter.web.mail;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.microblog.adapter.web.config.PublicUrlConfiguration;
import org.microblog.adapter.web.i18n.TextHelpers;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Username;

/**
 * The account mails, each from two Handlebars templates under {@code views/mail/}: {@code
 * <name>-html.hbs} (escaped like every page) and {@code <name>-text.hbs} (plain text, so nothing is
 * escaped). They live with the pages because their links lead to this adapter's routes; links are
 * absolute, from {@code microblog.public-url}, since a mail has no base address. Both engines
 * compile each template once and keep it.
 */
@Singleton
final class HandlebarsAccountMails implements AccountMails {
  private final Handlebars html;
  private final Handlebars text;
  private final String publicUrl;

  HandlebarsAccountMails(Handlebars html, TextHelpers texts, PublicUrlConfiguration publicUrl) {
    this.html = html;
    this.text =
        texts.register(
            new Handlebars(new ClassPathTemplateLoader("/", ".hbs"))
                .with(new ConcurrentMapTemplateCache())
                .with(EscapingStrategy.NOOP)
                .prettyPrint(false));
    this.publicUrl = publicUrl.publicUrl();
  }

  @Override
  public MailMessage passwordReset(
      Username user, EmailAddress to, TokenValue token, Instant expiresAt) {
    return render(
        "password-reset",
        to,
        "Reset your Microblog password",
        Map.of(
            "username",
            user.value(),
            "link",
            publicUrl + "/reset-password/" + token.value(),
            "expires",
            Timestamp.of(expiresAt),
            "resetUrl",
            publicUrl + "/reset-password"));
  }

  @Override
  public MailMessage verifyEmail(
      Username user, EmailAddress to, TokenValue token, Instant expiresAt) {
    return render(
        "verify-email",
        to,
        "Verify your email address for Microblog",
        Map.of(
            "username", user.value(),
            "email", to.value(),
            "link", publicUrl + "/verify-email/" + token.value(),
            "expires", Timestamp.of(expiresAt)));
  }

  @Override
  public MailMessage emailChanged(Username user, EmailAddress oldAddress, EmailAddress newAddress) {
    return render(
        "email-changed",
        oldAddress,
        "Your Microblog email address was changed",
        Map.of(
            "username", user.value(),
            "newEmail", newAddress.value(),
            "resetUrl", publicUrl + "/reset-password"));
  }

  @Override
  public MailMessage newBrowserLogin(
      Username user, EmailAddress to, String browser, String network, Instant at) {
    return render(
        "new-browser",
        to,
        "New login to your Microblog account",
        Map.of(
            "username",
            user.value(),
            "browser",
            browser,
            "network",
            network,
            "when",
            Timestamp.of(at),
            "sessionsUrl",
            publicUrl + "/settings/sessions"));
  }

  @Override
  public MailMessage twoFactorChanged(Username user, EmailAddress to, boolean on) {
    return render(
        on ? "two-factor-on" : "two-factor-off",
        to,
        "Two-factor authentication was turned " + (on ? "on" : "off") + " for Microblog",
        Map.of(
            "username", user.value(),
            "settingsUrl", publicUrl + "/settings/two-factor",
            "resetUrl", publicUrl + "/reset-password"));
  }

  @Override
  public MailMessage exportReady(Username user, EmailAddress to, Instant availableUntil) {
    return render(
        "export-ready",
        to,
        "Your Microblog export is ready",
        Map.of(
            "username",
            user.value(),
            "until",
            Timestamp.of(availableUntil),
            "exportUrl",
            publicUrl + "/settings/export",
            "resetUrl",
            publicUrl + "/reset-password"));
  }

  private MailMessage render(
      String name, EmailAddress to, String subject, Map<String, Object> model) {
    try {
      String plain =
          text.compile("views/mail/" + name + "-text")
              .apply(TextHelpers.withLanguage(Context.newContext(model), model));
      String rich =
          html.compile("views/mail/" + name + "-html")
              .apply(TextHelpers.withLanguage(Context.newContext(model), model));
      return new MailMessage(to, subject, plain, rich);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render mail " + name, e);
    }
  }
}
