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

  private PostTexts() {}

  /** 40 to 200 characters of words, like short posts. */
  static String text(SplittableRandom random, int number) {
    int length = 40 + random.nextInt(161);
    StringBuilder text = new StringBuilder("Post ").append(number).append(':');
    while (text.length() < length) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
