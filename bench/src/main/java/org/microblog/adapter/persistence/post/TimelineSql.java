package org.microblog.adapter.persistence.post;

/**
 * The exact SQL of the timeline queries, for the bench's EXPLAIN plans. {@link TimelineRepository}
 * is package-private; this class shares its package name from another module, and the constants are
 * compile-time constants, so the bench always explains the SQL that the app was built with.
 */
public final class TimelineSql {
  public static final String HOME_OLDER =
      TimelineRepository.SELECT
          + TimelineRepository.OLDER_THAN_CURSOR
          + TimelineRepository.BY_READER_OR_FOLLOWED
          + TimelineRepository.NEWEST_FIRST;
  public static final String EXPLORE_OLDER =
      TimelineRepository.SELECT
          + TimelineRepository.OLDER_THAN_CURSOR
          + TimelineRepository.NEWEST_FIRST;
  public static final String BY_AUTHOR_OLDER =
      TimelineRepository.SELECT
          + TimelineRepository.OLDER_THAN_CURSOR
          + TimelineRepository.BY_AUTHOR
          + TimelineRepository.NEWEST_FIRST;

  private TimelineSql() {}
}
