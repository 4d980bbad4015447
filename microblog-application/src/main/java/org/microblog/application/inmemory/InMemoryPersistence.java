package org.microblog.application.inmemory;

/**
 * Every persistence port in memory, one adapter per aggregate over shared rows, so that they behave
 * as the database adapters do (the same port contract tests run on both): uniqueness ignoring case,
 * cascades when an account goes (its posts, follows, likes, boosts, links, logins, two-factor
 * settings, notifications, messages, app tokens, blocks and mutes, markers), idempotent follows and
 * forms, keyset slices. Thread-safe; nothing survives the process.
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
    InMemoryJobs jobs,
    InMemoryBlocks blocks,
    InMemoryOAuth oauth,
    InMemorySearch search,
    // Client API (api-people)
    InMemoryMarkers markers,
    // Client API statuses (issue 14)
    InMemoryLikersAndBoosters likersAndBoosters) {

  /** An empty store. */
  public static InMemoryPersistence create() {
    InMemoryTables tables = new InMemoryTables();
    InMemoryUsers users = new InMemoryUsers(tables);
    InMemoryPosts posts = new InMemoryPosts(tables);
    return new InMemoryPersistence(
        users,
        posts,
        new InMemoryThreads(tables, posts),
        new InMemoryLikes(tables),
        new InMemoryBoosts(tables),
        new InMemoryInteractions(tables),
        new InMemoryPostVersions(tables),
        new InMemoryNotifications(tables),
        new InMemoryMessages(tables),
        new InMemoryFollows(tables, users),
        new InMemoryAccountTokens(tables),
        new InMemoryMailQuota(tables),
        new InMemoryLogins(tables),
        new InMemoryTwoFactor(tables),
        new InMemoryJobs(),
        new InMemoryBlocks(tables),
        new InMemoryOAuth(tables),
        new InMemorySearch(tables, posts),
        new InMemoryMarkers(tables),
        new InMemoryLikersAndBoosters(tables, users));
  }
}
