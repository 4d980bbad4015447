package org.microblog.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.BeanContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microblog.application.MicroblogPorts;
import org.microblog.application.port.out.contract.PersistencePortContracts;
import org.microblog.application.port.out.contract.PortContract;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.JobPayload;
import org.microblog.domain.job.NewJob;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostEdit;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.User;

/**
 * The application's port contracts (the same scenarios the in-memory kit passes) on one database,
 * as nested classes that share the subclass's single Micronaut context. Test methods manage no
 * transaction of their own: the adapters must work the way the application calls them.
 */
abstract class DatabasePortContracts extends PersistencePortContracts {
  private static final String[] TABLES_CHILDREN_FIRST = {
    "markers",
    "oauth_tokens",
    "oauth_codes",
    "oauth_apps",
    "jobs",
    "recovery_codes",
    "two_factor",
    "logins",
    "account_mails",
    "account_tokens",
    "follows",
    "likes",
    "post_tags",
    "conversations",
    "messages",
    "notifications",
    "post_versions",
    "posts",
    "users"
  };

  @Inject BeanContext beans;
  @Inject DataSource dataSource;

  /** Deletes every row and returns the adapters, found by type as boot finds them. */
  @Override
  public MicroblogPorts emptyStore() {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES_CHILDREN_FIRST) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return MicroblogPorts.byType(beans::getBean);
  }

  long rowCount(String table) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A connection of the test's own. The injected {@link DataSource} hands out only the connection
   * of a surrounding transaction or {@code @Connectable}; the pool behind it needs neither.
   */
  private Connection connect() throws SQLException {
    return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
  }

  /** What only SQL can see: the rows stored, and the schema's own constraints. */
  @Nested
  class StoredRows extends PortContract {

    @Test
    void aRefusedRegistrationStoresNoRow() {
      register("alice", "alice@example.org");

      assertThatThrownBy(() -> register("ALICE", "other@example.org"))
          .isInstanceOf(DomainException.class);
      assertThatThrownBy(() -> register("other", "ALICE@example.org"))
          .isInstanceOf(DomainException.class);

      assertThat(rowCount("users")).isEqualTo(1);
    }

    @Test
    void followingTwiceStoresOneRow() {
      User alice = register("alice", "alice@example.org");
      User bob = register("bob", "bob@example.org");

      store.follows().follow(new Follow(alice.id(), bob.id()));
      store.follows().follow(new Follow(alice.id(), bob.id()));

      assertThat(rowCount("follows")).isEqualTo(1);
    }

    @Test
    void boostingTwiceStoresOneRowAndAPostIsFiledOncePerTag() {
      User alice = register("alice", "alice@example.org");
      Post post = publish(alice, "#Java, #java and #JAVA are one tag; #jakarta another");

      boost(alice, post);
      boost(alice, post);

      assertThat(List.of("posts", "post_tags"))
          .extracting(DatabasePortContracts.this::rowCount)
          .containsExactly(2L, 2L);
    }

    @Test
    void deletingAnAccountLeavesNoRowThatRefersToIt() {
      User alice = register("alice", "alice@example.org");
      User bob = register("bob", "bob@example.org");
      Post own = publish(alice, "alice's #own");
      Post bobs = publish(bob, "bob's");
      boost(alice, bobs);
      boost(bob, own);
      store.follows().follow(new Follow(alice.id(), bob.id()));
      store.follows().follow(new Follow(bob.id(), alice.id()));
      store.accountTokens().add(token(alice, TokenPurpose.VERIFY_EMAIL, T0));
      store.mailQuota().recordSend(alice.id(), TokenPurpose.VERIFY_EMAIL, T0);
      notify(alice, bob, NotificationKind.LIKED, own);
      notify(alice, bob, NotificationKind.BOOSTED, own);
      notify(bob, alice, NotificationKind.FOLLOWED, null);
      notify(bob, alice, NotificationKind.BOOSTED, bobs);
      edit(own, "alice's #own, edited");
      store.jobs().enqueue(new NewJob(JobKind.EXPORT, alice.id(), JobPayload.EMPTY, T0), T0);
      store.markers().save(alice.id(), MarkerTimeline.HOME, own.id().value(), T0);
      store.markers().save(bob.id(), MarkerTimeline.HOME, bobs.id().value(), T0);
      assertThat(rowCount("post_tags")).isEqualTo(1);

      store.saveUsers().delete(alice.id());

      assertThat(
              List.of(
                  "users",
                  "posts",
                  "post_tags",
                  "follows",
                  "account_tokens",
                  "account_mails",
                  "notifications",
                  "post_versions",
                  "jobs",
                  "markers"))
          .extracting(DatabasePortContracts.this::rowCount)
          .containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
    }

    @Test
    void theSameNotificationTwiceIsOneRowAndATombstoneKeepsNoNotificationVersionOrBoost() {
      User alice = register("alice", "alice@example.org");
      User bob = register("bob", "bob@example.org");
      Post post = publish(alice, "answered");
      reply(bob, post, "an answer", "");
      boost(bob, post);
      notify(alice, bob, NotificationKind.LIKED, post);
      notify(alice, bob, NotificationKind.LIKED, post);
      notify(alice, bob, NotificationKind.BOOSTED, post);
      notify(alice, bob, NotificationKind.FOLLOWED, null);
      notify(alice, bob, NotificationKind.FOLLOWED, null);
      assertThat(rowCount("notifications")).isEqualTo(3);
      edit(post, "edited");
      assertThat(rowCount("post_versions")).isEqualTo(1);

      store.savePosts().delete(post.id());

      assertThat(rowCount("posts")).as("a tombstone and the reply stay").isEqualTo(2);
      assertThat(rowCount("post_versions")).isZero();
      assertThat(rowCount("notifications")).isEqualTo(1);
    }

    @Test
    void theSchemaRefusesANotificationToOneselfThatBypassesTheDomain() {
      User alice = register("alice", "alice@example.org");
      long id = alice.id().value();

      assertThatThrownBy(
              () ->
                  execute(
                      "INSERT INTO notifications"
                          + " (recipient_id, actor_id, kind, post_key, created_at) VALUES ("
                          + id
                          + ", "
                          + id
                          + ", 'FOLLOWED', 0, CURRENT_TIMESTAMP)"))
          .hasCauseInstanceOf(SQLException.class);
      assertThat(rowCount("notifications")).isZero();
    }

    private void notify(User recipient, User actor, NotificationKind kind, Post post) {
      store
          .notifications()
          .add(
              new Notification(
                  recipient.id(), actor.id(), kind, Optional.ofNullable(post).map(Post::id), T0));
    }

    private void edit(Post post, String text) {
      PostVersion current = store.postVersions().current(post.id()).orElseThrow();
      store
          .postVersions()
          .replace(
              new PostEdit(post.authorId(), new PostText(text), ContentWarning.none(), T0)
                  .applyTo(post, current));
    }

    @Test
    void aSendDeletesTheAccountsRecordsThatNoLimitCountsAnyMore() {
      User alice = register("alice", "alice@example.org");
      store.mailQuota().recordSend(alice.id(), TokenPurpose.VERIFY_EMAIL, T0);
      store.mailQuota().recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0.plusSeconds(60));

      store
          .mailQuota()
          .recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0.plus(Duration.ofDays(2)));

      assertThat(rowCount("account_mails")).isEqualTo(1);
    }

    @Test
    void theSchemaRefusesASelfFollowThatBypassesTheDomain() {
      User alice = register("alice", "alice@example.org");
      long id = alice.id().value();

      assertThatThrownBy(
              () ->
                  execute(
                      "INSERT INTO follows (follower_id, followed_id) VALUES ("
                          + id
                          + ", "
                          + id
                          + ")"))
          .hasCauseInstanceOf(SQLException.class);
      assertThat(rowCount("follows")).isZero();
    }
  }

  private void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
