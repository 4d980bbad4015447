package org.microblog.bench;

import java.util.SplittableRandom;

/** The words of seeded posts: short, varied, the same for the same seed. */
final class PostTexts {
  private static final String[] WORDS = {
    "the",
    "micro",
    "blog",
    "java",
    "coffee",
    "morning",
    "keyset",
    "index",
    "fast",
    "slow",
    "page",
    "timeline",
    "follow",
    "hello",
    "world",
    "today",
    "release",
    "bug",
    "fixed",
    "deploy",
    "cache",
    "query",
    "latency",
    "tea",
    "walk",
    "cat",
    "dog",
    "rain",
    "sun",
    "build",
    "green",
    "test"
  };

  /**
   * A word in one post of {@value #RARE_EVERY}, for the search benchmark's rare word (about 100
   * posts in a million); every word of {@link #WORDS} is common (in a third of the posts or more).
   */
  static final String RARE_WORD = "zeppelin";

  private static final int RARE_EVERY = 10_000;

  private PostTexts() {}

  /** 40 to 200 characters of words, like short posts. */
  static String text(SplittableRandom random, int number) {
    int length = 40 + random.nextInt(161);
    StringBuilder text = new StringBuilder("Post ").append(number).append(':');
    if (number % RARE_EVERY == 7) {
      text.append(' ').append(RARE_WORD);
    }
    while (text.length() < length) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
