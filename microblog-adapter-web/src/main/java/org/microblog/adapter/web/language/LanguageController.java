package org.microblog.adapter.web.language;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Duration;
import org.microblog.adapter.web.config.CookieConfiguration;
import org.microblog.adapter.web.form.SafeRedirect;
import org.microblog.domain.user.Language;

/**
 * The language switcher at the foot of every page: {@code POST /language} with {@code language}
 * keeps the choice in a cookie for a year and goes back to the page it came from; for a logged-in
 * person it becomes their account's language too, which outranks the cookie on every browser they
 * use. A language the site does not speak is refused (422) and changes nothing.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/language")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LanguageController {
  private static final Duration KEPT = Duration.ofDays(365);

  private final boolean secureCookie;
  private final AccountLanguage accountLanguage;

  LanguageController(CookieConfiguration cookies, AccountLanguage accountLanguage) {
    this.secureCookie = cookies.cookieSecure();
    this.accountLanguage = accountLanguage;
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> choose(@Nullable Authentication authentication, @Body LanguageForm form) {
    Language chosen = Language.of(form.language());
    if (authentication != null) {
      accountLanguage.choose(authentication, chosen);
    }
    MutableHttpResponse<?> response =
        HttpResponse.seeOther(URI.create(SafeRedirect.localPathOr(form.back(), "/")));
    return response.cookie(cookie(chosen));
  }

  private Cookie cookie(Language language) {
    return Cookie.of(LanguageResolver.COOKIE, language.code())
        .httpOnly(true)
        .secure(secureCookie)
        .sameSite(SameSite.Lax)
        .path("/")
        .maxAge(KEPT);
  }
}
