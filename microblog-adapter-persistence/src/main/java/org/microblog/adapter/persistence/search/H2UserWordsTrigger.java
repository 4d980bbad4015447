package org.microblog.adapter.persistence.search;

/** Indexes a user's username and about-me. */
public final class H2UserWordsTrigger extends H2WordsTrigger {
  public H2UserWordsTrigger() {
    super(H2WordIndex.USERS);
  }

  @Override
  String indexedText(Object[] row) {
    return value(row, "username") + " " + value(row, "about");
  }
}
