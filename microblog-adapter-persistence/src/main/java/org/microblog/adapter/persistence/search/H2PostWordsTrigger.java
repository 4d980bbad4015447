package org.microblog.adapter.persistence.search;

/** Indexes a post's body while it is a live post (not a tombstone, not a boost). */
public final class H2PostWordsTrigger extends H2WordsTrigger {
  public H2PostWordsTrigger() {
    super(H2WordIndex.POSTS);
  }

  @Override
  String indexedText(Object[] row) {
    boolean live = !Boolean.TRUE.equals(value(row, "deleted")) && value(row, "boost_of_id") == null;
    return live ? (String) value(row, "body") : null;
  }
}
