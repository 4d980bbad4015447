package org.microblog.application.service.post;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.EditPostCommand;
import org.microblog.application.port.in.post.EditPostUseCase;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.PostVersionPort;
import org.microblog.application.port.out.user.ExistingAccountsPort;
import org.microblog.application.service.block.BlockGuard;
import org.microblog.application.service.notification.Notifier;
import org.microblog.domain.notification.PostNotifications;
import org.microblog.domain.post.PostEdit;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Username;

/**
 * Lets the domain apply the author's edit to the post's current version, stores both versions
 * (unless the edit changes nothing), and tells the people the new body newly mentions (but nobody
 * across a block).
 */
public final class EditPostService implements EditPostUseCase {
  private final EditablePosts editable;
  private final PostVersionPort versions;
  private final ExistingAccountsPort accounts;
  private final Notifier notifier;
  private final Clock clock;
  private final BlockGuard blocks;

  public EditPostService(
      LoadPostPort posts,
      PostVersionPort versions,
      ExistingAccountsPort accounts,
      Notifier notifier,
      Clock clock,
      BlockGuard blocks) {
    this.editable = new EditablePosts(posts, versions);
    this.versions = versions;
    this.accounts = accounts;
    this.notifier = notifier;
    this.clock = clock;
    this.blocks = blocks;
  }

  @Override
  public void edit(EditPostCommand command) {
    EditablePosts.Editable post = editable.load(command.editor(), command.post());
    // Another instance's clock may lag the one that wrote the current version: never go back.
    Instant now = clock.instant();
    Instant at = now.isBefore(post.current().writtenAt()) ? post.current().writtenAt() : now;
    PostEdit edit = new PostEdit(command.editor(), command.text(), command.warning(), at);
    if (edit.changesNothing(post.current())) {
      return;
    }
    PostEdit.Edited edited = edit.applyTo(post.post(), post.current());
    if (!versions.replace(edited)) {
      throw DomainException.conflict(
          "body.changed",
          "This post changed while you were editing it. Please look at it again and retry.");
    }
    List<Username> newlyMentioned = edited.newMentions();
    if (!newlyMentioned.isEmpty()) {
      notifier.notifyAll(
          PostNotifications.of(
              command.post(),
              command.editor(),
              Optional.empty(),
              blocks.reachable(command.editor(), accounts.idsOf(newlyMentioned)),
              at));
    }
  }
}
