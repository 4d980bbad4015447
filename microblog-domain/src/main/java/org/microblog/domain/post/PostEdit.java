package org.microblog.domain.post;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * An author's new body and content warning for their post. Being made of a {@link PostText} and a
 * {@link ContentWarning}, an edit keeps the length rules of a new post; only the author may apply
 * it (key {@code post.not-author}, as for deleting).
 */
public record PostEdit(
    UserId editor, PostText text, ContentWarning contentWarning, Instant editedAt) {
  public PostEdit {
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentWarning, "contentWarning");
    Objects.requireNonNull(editedAt, "editedAt");
  }

  /**
   * Applies this edit to the post whose current version is {@code current}.
   *
   * @return the previous version (to keep in the history) and the new current version
   * @throws DomainException {@code post.not-author} (forbidden) for anyone but the author
   */
  public Edited applyTo(Post post, PostVersion current) {
    post.ensureEditableBy(editor);
    if (!current.postId().equals(post.id())) {
      throw new IllegalArgumentException("current version belongs to post " + current.postId());
    }
    if (editedAt.isBefore(current.writtenAt())) {
      throw new IllegalArgumentException("an edit cannot predate the version it replaces");
    }
    return new Edited(current, new PostVersion(post.id(), text, contentWarning, editedAt));
  }

  /** True when the edit would change nothing, so that the application can skip recording it. */
  public boolean changesNothing(PostVersion current) {
    return current.sameWords(text, contentWarning);
  }

  /** The outcome of an edit: the version replaced, kept for history, and the new current one. */
  public record Edited(PostVersion previous, PostVersion current) {
    public Edited {
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(current, "current");
    }

    /**
     * The people the new body mentions and the previous one did not (ignoring case), in the order
     * first mentioned: only they hear of the edit, so fixing a typo does not notify everyone again.
     */
    public List<Username> newMentions() {
      Set<String> before =
          ParsedText.of(previous.text()).mentions().stream()
              .map(Username::canonical)
              .collect(Collectors.toSet());
      return ParsedText.of(current.text()).mentions().stream()
          .filter(name -> !before.contains(name.canonical()))
          .toList();
    }

    /**
     * The tags the edited post is filed under from now on: those of its new body, as {@link
     * NewPost#tags()} files a new one, so a tag page lists what the post says now.
     */
    public List<Tag> tags() {
      return ParsedText.of(current.text()).tags();
    }
  }
}
