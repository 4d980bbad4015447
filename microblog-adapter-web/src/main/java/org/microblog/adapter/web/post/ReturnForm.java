package org.microblog.adapter.web.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import org.microblog.adapter.web.form.SafeRedirect;

/** A button's form that only says which page to return to afterwards. */
@Serdeable
public record ReturnForm(@Nullable String next) {

  /**
   * 303 back to the page the button on a post's card was on (only a local path; otherwise the
   * post's own page), scrolled to that card.
   */
  HttpResponse<?> backToCard(long postId) {
    String page = SafeRedirect.localPathOr(next, "/posts/" + postId);
    return HttpResponse.seeOther(URI.create(page + "#post-" + postId));
  }
}
