package org.microblog.application.port.in.search;

import java.util.Objects;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.Username;

/** Someone whose username or about-me matched a search. */
public record PersonMatch(Username username, AboutMe about) {
  public PersonMatch {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(about, "about");
  }
}
