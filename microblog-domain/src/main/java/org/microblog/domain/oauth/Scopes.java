package org.microblog.domain.oauth;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.microblog.domain.shared.DomainException;

/**
 * What an app may do with a token, in Mastodon's words: the top scopes {@code read}, {@code write},
 * {@code follow} and {@code push}, and the sub-scopes such as {@code read:statuses}. A top scope
 * covers its sub-scopes; {@code follow} (Mastodon's legacy scope) covers reading and changing
 * follows, blocks and mutes. Unknown scopes are refused, so a typo cannot grant nothing silently.
 */
public record Scopes(SortedSet<String> values) {
  /** The most scope text a request may carry: all known scopes fit well inside it. */
  public static final int MAX_TEXT = 1024;

  private static final List<String> TOP = List.of("read", "write", "follow", "push");
  private static final List<String> READ =
      List.of(
          "accounts",
          "blocks",
          "bookmarks",
          "favourites",
          "filters",
          "follows",
          "lists",
          "mutes",
          "notifications",
          "search",
          "statuses");
  private static final List<String> WRITE =
      List.of(
          "accounts",
          "blocks",
          "bookmarks",
          "conversations",
          "favourites",
          "filters",
          "follows",
          "lists",
          "media",
          "mutes",
          "notifications",
          "reports",
          "statuses");
  private static final Set<String> FOLLOW_COVERS =
      Set.of(
          "read:follows",
          "write:follows",
          "read:blocks",
          "write:blocks",
          "read:mutes",
          "write:mutes");
  private static final Set<String> KNOWN = known();

  public Scopes {
    if (values == null || values.isEmpty()) {
      throw invalid();
    }
    for (String scope : values) {
      if (!KNOWN.contains(scope)) {
        throw invalid();
      }
    }
    values = Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }

  /** Mastodon's default when an app or a request names none. */
  public static Scopes defaults() {
    return parse("read");
  }

  /**
   * Reads scopes separated by spaces (or {@code +}, as some apps send them unencoded); a missing or
   * blank text means {@link #defaults()}.
   */
  public static Scopes parse(String text) {
    if (text == null || text.isBlank()) {
      return defaults();
    }
    if (text.length() > MAX_TEXT) {
      throw invalid();
    }
    return new Scopes(
        new TreeSet<>(
            Arrays.stream(text.strip().split("[\\s+]+")).filter(s -> !s.isEmpty()).toList()));
  }

  /** Whether a token with these scopes may do what needs {@code required} (e.g. read:statuses). */
  public boolean covers(String required) {
    if (values.contains(required)) {
      return true;
    }
    int colon = required.indexOf(':');
    if (colon > 0 && values.contains(required.substring(0, colon))) {
      return true;
    }
    return values.contains("follow") && FOLLOW_COVERS.contains(required);
  }

  /** Whether every scope of {@code requested} is one of these or a sub-scope of one of these. */
  public boolean coversAll(Scopes requested) {
    return requested.values().stream().allMatch(this::covers);
  }

  /** Space-separated, as OAuth writes them. */
  public String text() {
    return String.join(" ", values);
  }

  /** The names, in a stable order, for a page to list. */
  public List<String> names() {
    return List.copyOf(values);
  }

  private static Set<String> known() {
    Set<String> known = new LinkedHashSet<>(TOP);
    READ.forEach(scope -> known.add("read:" + scope));
    WRITE.forEach(scope -> known.add("write:" + scope));
    return Set.copyOf(known);
  }

  private static DomainException invalid() {
    return DomainException.invalid(
        "oauth.scope", "The requested scope is invalid, unknown, or malformed.");
  }
}
