package org.microblog.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.shared.DomainException;

class ScopesTest {

  @Test
  void readsSpaceOrPlusSeparatedScopesAndDefaultsToRead() {
    assertThat(Scopes.parse("read write:statuses  follow").names())
        .containsExactly("follow", "read", "write:statuses");
    assertThat(Scopes.parse("read+write").text()).isEqualTo("read write");
    assertThat(Scopes.parse(null)).isEqualTo(Scopes.parse("read"));
    assertThat(Scopes.parse("  ")).isEqualTo(Scopes.defaults());
  }

  @Test
  void aTopScopeCoversItsSubScopesButNotOthers() {
    Scopes read = Scopes.parse("read");

    assertThat(read.covers("read:statuses")).isTrue();
    assertThat(read.covers("read")).isTrue();
    assertThat(read.covers("write:statuses")).isFalse();
    assertThat(Scopes.parse("read:statuses").covers("read")).isFalse();
    assertThat(Scopes.parse("read:statuses").covers("read:accounts")).isFalse();
  }

  @Test
  void followCoversFollowsBlocksAndMutesOnly() {
    Scopes follow = Scopes.parse("follow");

    assertThat(follow.covers("write:follows")).isTrue();
    assertThat(follow.covers("read:mutes")).isTrue();
    assertThat(follow.covers("write:statuses")).isFalse();
  }

  @Test
  void requestedScopesMustBeWithinRegisteredOnes() {
    Scopes registered = Scopes.parse("read write:statuses");

    assertThat(registered.coversAll(Scopes.parse("read:accounts write:statuses"))).isTrue();
    assertThat(registered.coversAll(Scopes.parse("write"))).isFalse();
    assertThat(registered.coversAll(Scopes.parse("follow"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"admin", "read:everything", "READ", "read,write", "<script>", "read:", ":read"})
  void refusesUnknownScopes(String text) {
    assertThatThrownBy(() -> Scopes.parse(text))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).key())
        .isEqualTo("oauth.scope");
  }

  @Test
  void refusesAHugeScopeText() {
    assertThatThrownBy(() -> Scopes.parse("read ".repeat(1000)))
        .isInstanceOf(DomainException.class);
  }
}
