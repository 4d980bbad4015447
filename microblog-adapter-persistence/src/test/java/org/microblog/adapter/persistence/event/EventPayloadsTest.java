package org.microblog.adapter.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

class EventPayloadsTest {

  @Test
  void everyKindOfEventSurvivesTheTrip() {
    UserId user = new UserId(12345);
    for (LiveEvent event :
        List.of(
            new LiveEvent.UnreadChanged(user),
            new LiveEvent.NotificationsRead(user),
            new LiveEvent.LoginsEnded(user),
            new LiveEvent.PostPublished(user),
            new LiveEvent.PostDeleted(user, new PostId(678)),
            new LiveEvent.AccountChanged(user))) {
      assertThat(EventPayloads.decode(EventPayloads.encode(event))).contains(event);
    }
    assertThat(EventPayloads.encode(new LiveEvent.UnreadChanged(user))).isEqualTo("unread:12345");
    assertThat(EventPayloads.encode(new LiveEvent.PostDeleted(user, new PostId(678))))
        .isEqualTo("deleted:12345:678");
  }

  @Test
  void payloadsThisVersionCannotReadAreSkipped() {
    for (String payload :
        List.of(
            "",
            "unread",
            "unread:",
            "unread:x",
            "unread:0",
            "what:1",
            "deleted:1",
            "deleted:1:x",
            "deleted:0:5",
            "deleted:1:0")) {
      assertThat(EventPayloads.decode(payload)).as(payload).isEmpty();
    }
  }
}
