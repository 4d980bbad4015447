package org.microblog.application.port.in.block;

/**
 * Where one person (the viewer) stands with another: what a profile page's buttons show.
 *
 * @param blocks the viewer blocks the other
 * @param blockedBy the other blocks the viewer
 * @param mutes the viewer mutes the other
 */
public record Relation(boolean blocks, boolean blockedBy, boolean mutes) {
  /** Between strangers, and for anonymous viewers. */
  public static final Relation NONE = new Relation(false, false, false);

  /** A block stands between the two, whoever blocked. */
  public boolean blocked() {
    return blocks || blockedBy;
  }
}
