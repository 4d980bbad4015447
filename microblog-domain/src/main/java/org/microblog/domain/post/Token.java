package org.microblog.domain.post;

import java.util.Objects;
import org.microblog.domain.user.Username;

/**
 * One piece of parsed user text. A renderer escapes {@link Plain} text and builds links from the
 * others itself, so no user text is ever inserted as HTML. Joining every token's {@link #source()}
 * gives back the text exactly as written.
 */
public sealed interface Token {

  /** The characters of the original text this token stands for. */
  String source();

  /** Text shown as it is (escaped). Never empty. */
  record Plain(String text) implements Token {
    public Plain {
      Objects.requireNonNull(text, "text");
      if (text.isEmpty()) {
        throw new IllegalArgumentException("plain text token must not be empty");
      }
    }

    @Override
    public String source() {
      return text;
    }
  }

  /** {@code @username}: a link to the profile and a notification when that account exists. */
  record Mention(Username username) implements Token {
    public Mention {
      Objects.requireNonNull(username, "username");
    }

    @Override
    public String source() {
      return "@" + username.value();
    }
  }

  /** {@code #tag}: a link to the tag's page. */
  record Hashtag(Tag tag) implements Token {
    public Hashtag {
      Objects.requireNonNull(tag, "tag");
    }

    @Override
    public String source() {
      return "#" + tag.name();
    }
  }

  /**
   * An {@code http://} or {@code https://} address, linked with {@code rel="nofollow noopener
   * ugc"}.
   */
  record Link(String url) implements Token {
    public Link {
      Objects.requireNonNull(url, "url");
      if (!LinkScanner.startsWithScheme(url, 0)) {
        throw new IllegalArgumentException("a link must be an http or https address");
      }
    }

    @Override
    public String source() {
      return url;
    }
  }
}
