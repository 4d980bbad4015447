package org.microblog.adapter.web.card;

import java.util.List;
import org.microblog.adapter.web.view.Timestamp;

/**
 * A post as a page shows it, or a tombstone ({@code deleted}: "This post was deleted") that keeps a
 * deleted post's place in its thread.
 *
 * @param body the text to render, part by part
 * @param warning the content warning, empty for none: the body hides behind it until opened
 * @param edited when its author last edited it, or null when never: shown as "edited", linking to
 *     its history
 * @param deletable whether the viewer wrote it, and so sees the edit link and delete button
 * @param canLike whether someone is logged in to like it
 * @param liked whether the viewer likes it, so the button takes the like back
 */
public record PostCard(
    long id,
    boolean deleted,
    String url,
    String author,
    String profileUrl,
    String avatarUrl,
    List<TextPart> body,
    String warning,
    Timestamp published,
    Timestamp edited,
    boolean deletable,
    long likeCount,
    String likesLabel,
    boolean canLike,
    boolean liked) {

  static PostCard tombstone(long id) {
    return new PostCard(
        id, true, url(id), "", "", "", List.of(), "", null, null, false, 0, "", false, false);
  }

  static String url(long id) {
    return "/posts/" + id;
  }
}
