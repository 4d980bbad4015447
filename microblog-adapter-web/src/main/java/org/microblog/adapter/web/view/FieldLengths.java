package org.microblog.adapter.web.view;

import java.util.Map;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.Username;

/**
 * The {@code maxlength} of each kind of form field, from the domain's limits, for templates: {@code
 * maxlength="{{maxLength.post}}"}. Browsers count UTF-16 units while the domain counts code points
 * for posts, about me, messages and passwords, so those allow two units per code point: the browser
 * never stops a valid value, and the domain's message explains an invalid one.
 */
final class FieldLengths {
  static final Map<String, Integer> ALL =
      Map.of(
          "username", Username.MAX_LENGTH,
          "email", EmailAddress.MAX_LENGTH,
          "password", 2 * Password.MAX_LENGTH,
          "post", 2 * PostText.MAX_LENGTH,
          "spoiler", 2 * ContentWarning.MAX_LENGTH,
          "about", 2 * AboutMe.MAX_LENGTH,
          "message", 2 * MessageBody.MAX_LENGTH);

  private FieldLengths() {}
}
