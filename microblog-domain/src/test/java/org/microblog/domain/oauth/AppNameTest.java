package org.microblog.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;

class AppNameTest {

  @Test
  void keepsAStrippedNameUpToSixtyCharacters() {
    assertThat(new AppName("  Tusky ").value()).isEqualTo("Tusky");
    assertThat(new AppName("é".repeat(60)).value()).hasSize(60);
  }

  @Test
  void refusesBlankLongOrMultiLineNames() {
    assertThatThrownBy(() -> new AppName(" ")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> new AppName(null)).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> new AppName("x".repeat(61))).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> new AppName("a\nb")).isInstanceOf(DomainException.class);
  }

  @Test
  void websitesAreHttpOrHttps() {
    assertThat(AppWebsite.parse("https://app.example")).isPresent();
    assertThat(AppWebsite.parse("")).isEmpty();
    assertThatThrownBy(() -> AppWebsite.parse("javascript:alert(1)"))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> AppWebsite.parse("https://" + "a".repeat(2000)))
        .isInstanceOf(DomainException.class);
  }
}
