package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.account.ChangePasswordCommand;
import org.microblog.application.port.in.live.LiveUpdatesQuery.LiveListener;
import org.microblog.application.port.in.live.LiveUpdatesQuery.LiveWatch;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.message.SendMessageCommand;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * What open pages hear (the use cases announce on the in-process event bus), and how an instance
 * reacts to what other instances announce.
 */
class LiveUpdatesServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");
  private final UserId carol = fx.register("carol");

  /** What one page heard, in order. */
  private static class Heard implements LiveListener {
    final List<String> things = new ArrayList<>();

    @Override
    public void viewerChanged() {
      things.add("changed");
    }

    @Override
    public void postWaiting() {
      things.add("post");
    }
  }

  /** What an app's stream heard: also its person's own posts and deletions. */
  private static final class AppHeard extends Heard {
    @Override
    public void ownPostPublished() {
      things.add("own post");
    }

    @Override
    public void postDeleted(PostId post) {
      things.add("deleted " + post.value());
    }
  }

  @Test
  void theAuthorsOwnOpenStreamsHearOfTheirPostAndFollowersAndAuthorHearOfItsDeletion() {
    follow(alice, "bob");
    Heard alicesApp = new AppHeard();
    Heard bobsApp = new AppHeard();
    Heard carolsApp = new AppHeard();
    watch(alice, alicesApp);
    watch(bob, bobsApp);
    watch(carol, carolsApp);

    long id = fx.post(bob, "soon gone");
    fx.blog.useCases().deletePost().delete(new DeletePostCommand(bob, new PostId(id)));

    assertThat(alicesApp.things).containsExactly("post", "deleted " + id);
    assertThat(bobsApp.things).containsExactly("own post", "deleted " + id);
    assertThat(carolsApp.things).isEmpty();
  }

  @Test
  void aMentionAMessageAndReadingTellTheViewersOpenPagesOnly() {
    Heard alicesPage = new Heard();
    Heard bobsPage = new Heard();
    watch(alice, alicesPage);
    watch(bob, bobsPage);

    fx.post(bob, "hello @alice");
    assertThat(alicesPage.things).containsExactly("changed");

    fx.blog
        .useCases()
        .sendMessage()
        .send(new SendMessageCommand(bob, new Username("alice"), new MessageBody("hi")));
    assertThat(alicesPage.things).containsExactly("changed", "changed");

    fx.blog.useCases().readNotifications().read(alice, OptionalLong.empty());
    assertThat(alicesPage.things).containsExactly("changed", "changed", "changed");
    assertThat(bobsPage.things).isEmpty();
  }

  @Test
  void aPostWaitsOnlyForTheAuthorsFollowersWhilstTheirPageIsOpen() {
    follow(alice, "bob");
    Heard alicesPage = new Heard();
    Heard carolsPage = new Heard();
    LiveWatch alicesWatch = watch(alice, alicesPage);
    watch(carol, carolsPage);

    fx.post(bob, "news");
    fx.post(carol, "other news");
    assertThat(alicesPage.things).containsExactly("post");
    assertThat(carolsPage.things).isEmpty();

    alicesWatch.close();
    fx.post(bob, "more news");
    assertThat(alicesPage.things).containsExactly("post");
  }

  @Test
  void aPasswordChangeTellsEveryOpenPageOfThePerson() {
    Heard firstTab = new Heard();
    Heard secondTab = new Heard();
    watch(alice, firstTab);
    watch(alice, secondTab);

    fx.blog
        .useCases()
        .changePassword()
        .change(
            new ChangePasswordCommand(
                alice, fx.passwordOf("alice"), new Password("brand new password")));

    assertThat(firstTab.things).containsExactly("changed");
    assertThat(secondTab.things).containsExactly("changed");
  }

  @Test
  void loginsEndedOnAnotherInstanceAreForgottenHereAtOnce() {
    var login = fx.logIn(alice);
    var validity = fx.blog.useCases().loginValidity();
    assertThat(validity.status(alice, login)).isPresent();

    fx.blog.persistence().logins().endAll(alice);
    assertThat(validity.knownStatus(alice, login)).as("still remembered").isPresent();

    fx.blog.ports().events().publish(new LiveEvent.LoginsEnded(alice));
    assertThat(validity.knownStatus(alice, login)).isEmpty();
    assertThat(validity.status(alice, login)).isEmpty();
  }

  @Test
  void notificationsReadOnAnotherInstanceShowZeroHere() {
    var login = fx.logIn(alice);
    follow(bob, "alice");
    var validity = fx.blog.useCases().loginValidity();
    assertThat(validity.status(alice, login)).contains(new LoginStatus(1));

    fx.blog.ports().events().publish(new LiveEvent.NotificationsRead(alice));

    assertThat(validity.knownStatus(alice, login)).contains(new LoginStatus(0));
  }

  private LiveWatch watch(UserId viewer, LiveListener listener) {
    return fx.blog.useCases().liveUpdates().watch(viewer, listener);
  }

  private void follow(UserId follower, String target) {
    fx.blog.useCases().followUser().follow(new FollowCommand(follower, new Username(target)));
  }
}
