package org.microblog.adapter.web.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The profile settings form as submitted.
 *
 * @param postsFindable the checkbox "let my posts be found by search": any value when ticked,
 *     absent when not
 */
@Serdeable
public record ProfileSettingsForm(
    @Nullable String username, @Nullable String about, @Nullable String postsFindable) {

  /** The value a ticked checkbox sends. */
  static final String TICKED = "on";

  boolean findable() {
    return postsFindable != null;
  }
}
