package org.microblog.adapter.web.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.domain.shared.DomainException;

/**
 * The page for a mailed link that does not work, with a status that says why: malformed 400,
 * unknown 404, expired or used 410 (it existed and is gone for good). The sentence is the domain's.
 */
final class TokenPages {
  private TokenPages() {}

  static boolean isTokenProblem(DomainException e) {
    return e.key().startsWith("token.");
  }

  static HttpResponse<?> problem(DomainException e, String retryUrl, String retryLabel) {
    HttpStatus status =
        switch (e.key()) {
          case "token.malformed" -> HttpStatus.BAD_REQUEST;
          case "token.unknown" -> HttpStatus.NOT_FOUND;
          default -> HttpStatus.GONE;
        };
    PageModel model =
        PageModel.of("message", e.getMessage())
            .with("reason", e.key().substring("token.".length()))
            .with("retryUrl", retryUrl)
            .with("retryLabel", retryLabel);
    return HttpResponse.status(status)
        .body(new ModelAndView<>("account/link-problem", model.asMap()));
  }
}
