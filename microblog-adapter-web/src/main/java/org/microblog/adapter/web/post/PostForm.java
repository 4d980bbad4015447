package org.microblog.adapter.web.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;
import org.microblog.domain.post.PostLanguage;

/**
 * A new post or reply as submitted.
 *
 * @param inReplyTo the id of the post it answers, blank for none
 * @param spoiler its content warning, blank for none
 * @param language the ISO 639-1 code of its language, blank for the author's account language
 */
@Serdeable
public record PostForm(
    @Nullable String body,
    @Nullable String formToken,
    @Nullable String inReplyTo,
    @Nullable String spoiler,
    @Nullable String language) {

  /** A post or reply that names no language. */
  public PostForm(
      @Nullable String body,
      @Nullable String formToken,
      @Nullable String inReplyTo,
      @Nullable String spoiler) {
    this(body, formToken, inReplyTo, spoiler, null);
  }

  /** The language chosen, empty for the author's; an unknown code is refused. */
  Optional<PostLanguage> postLanguage() {
    return language == null || language.isBlank()
        ? Optional.empty()
        : Optional.of(new PostLanguage(language));
  }
}
