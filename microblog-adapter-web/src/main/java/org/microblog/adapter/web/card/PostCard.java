package org.microblog.adapter.web.card;

import java.util.List;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.Timestamp;

/**
 * A post as a page shows it, or a tombstone ({@code deleted}: "This post was deleted") that keeps a
 * deleted post's place in its thread.
 *
 * @param body the text to render, part by part
 * @param warning the content warning, empty for none: the body hides behind it until opened
 * @param boostedBy who placed it in a home timeline by boosting it, or null
 * @param edited when its author last edited it, or null when never: shown as "edited", linking to
 *     its history
 * @param deletable whether the viewer wrote it, and so sees the edit link and delete button
 * @param counts its stored reply, like and boost counts, as sentences ("2 replies") in the reader's
 *     language
 * @param canAct whether someone is logged in to reply, like and boost
 * @param liked whether the viewer likes it, so the button takes the like back
 * @param boosted whether the viewer boosts it, so the button takes the boost back
 * @param textLanguage the ISO 639-1 code of the language it is written in (its text's {@code lang}
 *     attribute), or null when unknown
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
    Booster boostedBy,
    Timestamp edited,
    boolean deletable,
    Counts counts,
    boolean canAct,
    boolean liked,
    boolean boosted,
    String textLanguage) {

  /** Someone who boosted the post, with their profile. */
  public record Booster(String name, String profileUrl) {}

  /** How many replied, liked and boosted, as a reader reads it ("1 reply", "2 replies"). */
  public record Counts(Phrase replies, Phrase likes, Phrase boosts) {
    static Counts of(long replies, long likes, long boosts) {
      return new Counts(
          Phrase.of("post.replies", replies),
          Phrase.of("post.likes", likes),
          Phrase.of("post.boosts", boosts));
    }
  }

  static PostCard tombstone(long id) {
    return new PostCard(
        id, true, url(id), "", "", "", List.of(), "", null, null, null, false, null, false, false,
        false, null);
  }

  /** The same card, placed in a timeline by someone's boost. */
  PostCard boostedBy(Booster booster) {
    return new PostCard(
        id,
        deleted,
        url,
        author,
        profileUrl,
        avatarUrl,
        body,
        warning,
        published,
        booster,
        edited,
        deletable,
        counts,
        canAct,
        liked,
        boosted,
        textLanguage);
  }

  static String url(long id) {
    return "/posts/" + id;
  }
}
