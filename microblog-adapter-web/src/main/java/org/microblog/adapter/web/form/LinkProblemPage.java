package org.microblog.adapter.web.form;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.domain.shared.DomainException;

/**
 * The page for a mailed link that does not work, with a status that says why: malformed 400,
 * unknown 404, expired or used 410 (it existed and is gone for good). The sentence is the domain's,
 * in the reader's language.
 */
final class LinkProblemPage {
  private static final String PREFIX = "token.";

  private LinkProblemPage() {}

  /** Whether the refusal is about the link itself rather than about a form's value. */
  static boolean isAbout(DomainException refusal) {
    return refusal.key().startsWith(PREFIX);
  }

  static HttpResponse<?> answer(DomainException refusal, String askAgain) {
    HttpStatus status =
        switch (refusal.key()) {
          case "token.malformed" -> HttpStatus.BAD_REQUEST;
          case "token.unknown" -> HttpStatus.NOT_FOUND;
          default -> HttpStatus.GONE;
        };
    PageModel model =
        PageModel.of("message", Phrase.rule(refusal.key(), refusal.getMessage()))
            .with("reason", refusal.key().substring(PREFIX.length()))
            .with("retryUrl", askAgain);
    return HttpResponse.status(status)
        .body(new ModelAndView<>("account/link-problem", model.asMap()));
  }
}
