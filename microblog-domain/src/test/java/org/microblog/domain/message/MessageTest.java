package org.microblog.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

class MessageTest {
  private static final UserId ALICE = new UserId(1);
  private static final UserId BOB = new UserId(2);

  @Test
  void bodyIsTrimmedAndKept() {
    assertThat(new MessageBody("  hello  ").value()).isEqualTo("hello");
  }

  @Test
  void rejectsEmptyBody() {
    assertThatThrownBy(() -> new MessageBody("   "))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("body.empty");
              assertThat(e.field()).isEqualTo("body");
            });
    assertThatThrownBy(() -> new MessageBody(null)).isInstanceOf(DomainException.class);
  }

  @Test
  void acceptsExactlyTheLimitCountedInCodePoints() {
    String emoji = "\uD83D\uDE00";
    String atLimit = emoji.repeat(MessageBody.MAX_LENGTH);
    assertThat(atLimit.length()).isEqualTo(2 * MessageBody.MAX_LENGTH);
    assertThat(new MessageBody(atLimit).value()).isEqualTo(atLimit);
  }

  @Test
  void rejectsBodyLongerThanLimit() {
    assertThatThrownBy(() -> new MessageBody("a".repeat(MessageBody.MAX_LENGTH + 1)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("body.length");
              assertThat(e.getMessage()).contains("1000");
            });
  }

  @Test
  void messageLimitIsItsOwnAndLongerThanAPost() {
    assertThat(MessageBody.MAX_LENGTH).isEqualTo(1000);
  }

  @Test
  void rejectsControlCharactersButKeepsLineBreaks() {
    assertThat(new MessageBody("line one\nline two").value()).contains("\n");
    assertThatThrownBy(() -> new MessageBody("bell\u0007"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("body.characters"));
  }

  @Test
  void refusesAConversationWithOneself() {
    assertThatThrownBy(() -> Conversation.between(ALICE, ALICE))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("message.self");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
  }

  @Test
  void aConversationIsSeenFromEachSide() {
    Conversation mine = Conversation.between(ALICE, BOB);
    assertThat(mine.seenByPartner()).isEqualTo(new Conversation(BOB, ALICE));
    assertThat(mine.includes(ALICE)).isTrue();
    assertThat(mine.includes(BOB)).isTrue();
    assertThat(mine.includes(new UserId(3))).isFalse();
  }

  @Test
  void aNewMessageGoesFromMeToMyPartner() {
    NewMessage message =
        new NewMessage(Conversation.between(ALICE, BOB), new MessageBody("hi"), Instant.EPOCH);
    assertThat(message.sender()).isEqualTo(ALICE);
    assertThat(message.recipient()).isEqualTo(BOB);
  }

  @Test
  void messageIdsArePositive() {
    assertThat(new MessageId(5).value()).isEqualTo(5);
    assertThatThrownBy(() -> new MessageId(0))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }
}
