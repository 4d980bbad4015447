package org.microblog.domain.marker;

/** The lists whose reading position a person's apps share: the home timeline, notifications. */
public enum MarkerTimeline {
  HOME,
  NOTIFICATIONS
}
