package org.microblog.adapter.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.user.Language;

/** Every scope an app can ask for says what it allows, in every language. */
class ScopeItemTest {
  private static final String EVERY_SCOPE =
      "read write follow push read:accounts read:blocks read:bookmarks read:favourites"
          + " read:filters read:follows read:lists read:mutes read:notifications read:search"
          + " read:statuses write:accounts write:blocks write:bookmarks write:conversations"
          + " write:favourites write:filters write:follows write:lists write:media write:mutes"
          + " write:notifications write:reports write:statuses";

  private final Translations translations = new Translations();

  @Test
  void everyKnownScopeIsDescribedInEveryLanguage() {
    List<ScopeItem> items = ScopeItem.of(Scopes.parse(EVERY_SCOPE).names());

    assertThat(items).hasSize(EVERY_SCOPE.split(" ").length);
    for (ScopeItem item : items) {
      String english = translations.text(Language.ENGLISH, item.description());
      assertThat(english).as(item.name()).doesNotContain("scope.");
      for (Language language : List.of(Language.SPANISH, Language.GERMAN)) {
        assertThat(translations.text(language, item.description()))
            .as("%s in %s", item.name(), language)
            .doesNotContain("scope.")
            .isNotEqualTo(english);
      }
    }
  }

  @Test
  void aNarrowScopeSaysWhatItReadsOrChanges() {
    ScopeItem statuses = ScopeItem.of("read:statuses");

    assertThat(translations.text(Language.ENGLISH, statuses.description()))
        .isEqualTo("Read: posts");
    assertThat(translations.text(Language.SPANISH, statuses.description()))
        .isEqualTo("Leer: publicaciones");
  }
}
