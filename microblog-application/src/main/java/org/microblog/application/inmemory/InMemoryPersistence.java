package org.microblog.application.inmemory;

/**
 * Every persistence port in memory, one adapter per aggregate over shared rows, so that they behave
 * as the database adapters do (the same port contract tests run on both): uniqueness ignoring case,
 * cascades when an account goes (its posts, follows, likes, boosts, links, logins, two-factor
 * settings, notifications and messages), idempotent follows and forms, keyset slices. Thread-safe;
 * nothing survives the process.
 */
public record InMemoryPersistence(
    InMemoryUsers users,
    InMemoryPosts posts,
    InMemoryThreads threads,
    InMemoryLikes likes,
    InMemoryBoosts boosts,
    InMemoryInteractions interactions,
    InMemoryPostVersions postVersions,
    InMemoryNotifications notifications,
    InMemoryMessages messages,
    InMemoryFollows follows,
    InMemoryAccountTokens accountTokens,
    InMemoryMailQuota mailQuota,
    InMemoryLogins logins,
    InMemoryTwoFactor twoFactor,
    InMemorySearch search) {

  /** An empty store. */
  public static InMemoryPersistence create() {
    InMemoryTables tables = new InMemoryTables();
    InMemoryPosts posts = new InMemoryPosts(tables);
    return new InMemoryPersistence(
        new InMemoryUsers(tables),
        posts,
        new InMemoryThreads(tables, posts),
        new InMemoryLikes(tables),
        new InMemoryBoosts(tables),
        new InMemoryInteractions(tables),
        new InMemoryPostVersions(tables),
        new InMemoryNotifications(tables),
        new InMemoryMessages(tables),
        new InMemoryFollows(tables),
        new InMemoryAccountTokens(tables),
        new InMemoryMailQuota(tables),
        new InMemoryLogins(tables),
        new InMemoryTwoFactor(tables),
        new InMemorySearch(tables, posts));
  }
}
