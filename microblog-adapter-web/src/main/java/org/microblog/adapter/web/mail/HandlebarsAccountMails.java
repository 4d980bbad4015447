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
import java.util.HashMap;
import java.util.Map;
import org.microblog.adapter.web.config.PublicUrlConfiguration;
import org.microblog.adapter.web.i18n.TextHelpers;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/**
 * The account mails, each from two Handlebars templates under {@code views/mail/}: {@code
 * <name>-html.hbs} (escaped like every page) and {@code <name>-text.hbs} (plain text, so nothing is
 * escaped). They live with the pages because their links lead to this adapter's routes; links are
 * absolute, from {@code microblog.public-url}, since a mail has no base address. Both engines
 * compile each template once and keep it. Every text, the subject too, comes from the {@code mail}
 * bundle in the recipient's language, which the model carries as {@value
 * TextHelpers#LANGUAGE_ENTRY} for {@code {{t}}} and {@code {{datetime}}}.
 */
@Singleton
final class HandlebarsAccountMails implements AccountMails {
  private final Handlebars html;
  private final Handlebars text;
  private final String publicUrl;
  private final Translations translations;

  HandlebarsAccountMails(
      Handlebars html,
      TextHelpers texts,
      PublicUrlConfiguration publicUrl,
      Translations translations) {
    this.html = html;
    this.translations = translations;
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
      Username user, EmailAddress to, TokenValue token, Instant expiresAt, Language language) {
    return render(
        "password-reset",
        to,
        language,
        "mail.passwordReset.subject",
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
      Username user, EmailAddress to, TokenValue token, Instant expiresAt, Language language) {
    return render(
        "verify-email",
        to,
        language,
        "mail.verifyEmail.subject",
        Map.of(
            "username", user.value(),
            "email", to.value(),
            "link", publicUrl + "/verify-email/" + token.value(),
            "expires", Timestamp.of(expiresAt)));
  }

  @Override
  public MailMessage emailChanged(
      Username user, EmailAddress oldAddress, EmailAddress newAddress, Language language) {
    return render(
        "email-changed",
        oldAddress,
        language,
        "mail.emailChanged.subject",
        Map.of(
            "username", user.value(),
            "newEmail", newAddress.value(),
            "resetUrl", publicUrl + "/reset-password"));
  }

  @Override
  public MailMessage newBrowserLogin(
      Username user,
      EmailAddress to,
      String browser,
      String network,
      Instant at,
      Language language) {
    return render(
        "new-browser",
        to,
        language,
        "mail.newBrowser.subject",
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
  public MailMessage twoFactorChanged(
      Username user, EmailAddress to, boolean on, Language language) {
    return render(
        on ? "two-factor-on" : "two-factor-off",
        to,
        language,
        on ? "mail.twoFactorOn.subject" : "mail.twoFactorOff.subject",
        Map.of(
            "username", user.value(),
            "settingsUrl", publicUrl + "/settings/two-factor",
            "resetUrl", publicUrl + "/reset-password"));
  }

  @Override
  public MailMessage exportReady(
      Username user, EmailAddress to, Instant availableUntil, Language language) {
    return render(
        "export-ready",
        to,
        language,
        "mail.exportReady.subject",
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
      String name,
      EmailAddress to,
      Language language,
      String subjectKey,
      Map<String, Object> values) {
    Map<String, Object> model = new HashMap<>(values);
    model.put(TextHelpers.LANGUAGE_ENTRY, language.code());
    String subject = translations.text(language, subjectKey);
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
