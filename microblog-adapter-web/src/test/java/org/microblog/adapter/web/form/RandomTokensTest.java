package org.microblog.adapter.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomTokensTest {

  @Test
  void tokensAreUrlSafeOfTheAskedStrength() {
    assertThat(RandomTokens.urlSafe(32)).matches("[A-Za-z0-9_-]{43}");
    assertThat(RandomTokens.urlSafe(16)).matches("[A-Za-z0-9_-]{22}");
  }

  @Test
  void tokensDoNotRepeatAcrossThreads() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 20_000).parallel().forEach(i -> seen.add(RandomTokens.urlSafe(16)));

    assertThat(seen).hasSize(20_000);
  }
}
