package org.microblog.application.service.post;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent.PostPublished;
import org.microblog.application.port.out.post.LoadThreadPort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.application.port.out.user.ExistingAccountsPort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.service.block.BlockGuard;
import org.microblog.application.service.notification.Notifier;
import org.microblog.domain.block.Interaction;
import org.microblog.domain.notification.PostNotifications;
import org.microblog.domain.post.InReplyTo;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Stamps the post with the current time and stores it; a reply only to a post that exists and is
 * not deleted (the domain decides from what storage found). Then tells the answered author and the
 * mentioned accounts (one read finds those), and the followers' open pages that a post waits. Never
 * a reply across a block; a mention across one is written but tells nobody. A post given no
 * language is in its author's account language. An operator may require a verified email address
 * before anyone posts.
 */
public final class PublishPostService implements PublishPostUseCase {
  private final SavePostPort posts;
  private final Clock clock;
  private final LoadUserPort users;
  private final LoadThreadPort threads;
  private final ExistingAccountsPort accounts;
  private final Notifier notifier;
  private final boolean requireVerifiedEmail;
  private final BlockGuard blocks;
  private final EventBus events;

  /**
   * @param requireVerifiedEmail refuse authors whose address is not verified yet
   */
  public PublishPostService(
      SavePostPort posts,
      LoadThreadPort threads,
      Clock clock,
      LoadUserPort users,
      ExistingAccountsPort accounts,
      Notifier notifier,
      boolean requireVerifiedEmail,
      BlockGuard blocks,
      EventBus events) {
    this.posts = posts;
    this.threads = threads;
    this.clock = clock;
    this.users = users;
    this.accounts = accounts;
    this.notifier = notifier;
    this.requireVerifiedEmail = requireVerifiedEmail;
    this.blocks = blocks;
    this.events = events;
  }

  @Override
  public PostId publish(PublishPostCommand command) {
    // The author's row is read only when it is needed: to check the address, or for the language.
    Optional<User> author =
        requireVerifiedEmail || command.language().isEmpty()
            ? users.findById(command.author())
            : Optional.empty();
    if (requireVerifiedEmail && !author.map(User::emailVerified).orElse(false)) {
      throw DomainException.forbidden(
          "body.unverified",
          "Please verify your email address before posting: follow the link we mailed you, or"
              + " ask for a new one in your account settings.");
    }
    Optional<InReplyTo> inReplyTo =
        command.inReplyTo().map(parent -> InReplyTo.of(parent, threads.replyTarget(parent)));
    inReplyTo.ifPresent(
        parent ->
            blocks.refuseAcrossBlock(command.author(), parent.parentAuthorId(), Interaction.REPLY));
    Post post =
        posts.insert(
            new NewPost(
                command.author(),
                command.text(),
                clock.instant(),
                command.formToken(),
                command.warning(),
                inReplyTo,
                command.language().or(() -> author.flatMap(User::language).map(PostLanguage::of))));
    List<Username> mentioned = ParsedText.of(command.text()).mentions();
    List<UserId> mentionedIds =
        mentioned.isEmpty()
            ? List.<UserId>of()
            : blocks.reachable(command.author(), accounts.idsOf(mentioned));
    notifier.notifyAll(
        PostNotifications.of(
            post.id(),
            command.author(),
            inReplyTo.map(InReplyTo::parentAuthorId),
            mentionedIds,
            post.publishedAt()));
    events.publish(new PostPublished(command.author()));
    return post.id();
  }
}
