package org.microblog.adapter.web.avatar;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.microblog.adapter.web.form.PathValues;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Username;

/**
 * Avatars, drawn by the app. Any well-formed username has one, so an avatar does not reveal whether
 * an account exists; browsers may cache it for a day.
 */
@Controller("/avatars")
@Secured(SecurityRule.IS_ANONYMOUS)
final class AvatarController {
  private static final String SVG = "image/svg+xml";

  @Get(value = "/{username}.svg", produces = SVG)
  HttpResponse<String> avatar(@PathVariable String username) {
    String name = PathValues.parse(username, Username::new, AvatarController::unknown).canonical();
    return HttpResponse.ok(Identicon.svg(name))
        .contentType(SVG)
        .header("Cache-Control", "public, max-age=86400");
  }

  private static DomainException unknown() {
    return DomainException.notFound("avatar.unknown", "There is no such avatar.");
  }
}
