package org.microblog.domain.notification;

/** Why someone is notified; every kind but {@link #FOLLOWED} is about a post. */
public enum NotificationKind {
  /** The actor followed the recipient. */
  FOLLOWED(false),
  /** The actor mentioned the recipient in a post (the mentioning post). */
  MENTIONED(true),
  /** The actor replied to the recipient's post (the reply). */
  REPLIED(true),
  /** The actor liked the recipient's post (the liked post). */
  LIKED(true),
  /** The actor boosted the recipient's post (the boosted post). */
  BOOSTED(true);

  private final boolean aboutPost;

  NotificationKind(boolean aboutPost) {
    this.aboutPost = aboutPost;
  }

  /** True when a notification of this kind points at a post. */
  public boolean aboutPost() {
    return aboutPost;
  }
}
