package org.microblog.application.port.in.block;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.microblog.domain.user.UserId;

/**
 * One page of the people one blocks (or mutes), highest user id first.
 *
 * @param older the cursor of the next page (the last id shown), if there is one
 */
public record BlockedPage(List<UserId> people, OptionalLong older) {
  public BlockedPage {
    people = List.copyOf(people);
    Objects.requireNonNull(older, "older");
  }
}
