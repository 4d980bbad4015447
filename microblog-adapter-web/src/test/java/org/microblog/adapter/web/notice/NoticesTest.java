package org.microblog.adapter.web.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.domain.user.Language;

class NoticesTest {
  private final Notices notices = new Notices();
  private final Translations translations = new Translations();

  private Map<String, Object> modelFor(String uri) {
    Map<String, Object> model = new HashMap<>();
    notices.decorate(HttpRequest.GET(uri), model);
    return model;
  }

  private String english(Object notice) {
    return translations.text(Language.ENGLISH, (Phrase) notice);
  }

  @Test
  void aNoticeNamedInTheQueryGivesThePageItsSentence() {
    assertThat(english(modelFor("/login?logged-out").get("notice")))
        .isEqualTo("You have logged out.");
    assertThat(english(modelFor("/settings/account?done=verification-sent").get("notice")))
        .isEqualTo("We have sent you a new verification link.");
    assertThat(translations.text(Language.SPANISH, (Phrase) modelFor("/login?ended").get("notice")))
        .isEqualTo("Tu sesión ha terminado. Vuelve a iniciar sesión.");
  }

  @Test
  void everyNoticeHasItsSentenceInEveryLanguage() {
    for (String name : Notices.NAMES) {
      for (Language language : Language.values()) {
        assertThat(translations.all(language)).containsKey("notice." + name);
      }
    }
  }

  @Test
  void unknownNamesAndPlainQueriesShowNothing() {
    assertThat(modelFor("/login?next=/explore")).doesNotContainKey("notice");
    assertThat(modelFor("/settings/account?done=%3Cscript%3E")).doesNotContainKey("notice");
    assertThat(modelFor("/explore")).doesNotContainKey("notice");
  }

  @Test
  void aControllersOwnNoticeWins() {
    Map<String, Object> model = new HashMap<>(Map.of("notice", "own"));
    notices.decorate(HttpRequest.GET("/login?deleted"), model);
    assertThat(model).containsEntry("notice", "own");
  }
}
