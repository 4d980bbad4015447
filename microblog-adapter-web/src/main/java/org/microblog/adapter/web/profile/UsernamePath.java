package org.microblog.adapter.web.profile;

import org.microblog.adapter.web.form.PathValues;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Username;

/** A username taken from a URL: one that breaks the rules cannot exist, so it is a 404. */
final class UsernamePath {
  private UsernamePath() {}

  static Username parse(String segment) {
    return PathValues.parse(segment, Username::new, UsernamePath::unknown);
  }

  static DomainException unknown() {
    return DomainException.notFound("user.unknown", "There is no user of that name.");
  }
}
