package org.microblog.adapter.web.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticesTest {
  private final Notices notices = new Notices();

  private Map<String, Object> modelFor(String uri) {
    Map<String, Object> model = new HashMap<>();
    notices.decorate(HttpRequest.GET(uri), model);
    return model;
  }

  @Test
  void aNoticeNamedInTheQueryGivesThePageItsSentence() {
    assertThat(modelFor("/login?logged-out")).containsEntry("notice", "You have logged out.");
    assertThat(modelFor("/settings/account?done=verification-sent"))
        .containsEntry("notice", "We have sent you a new verification link.");
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
