package org.microblog.adapter.web.timeline;

import java.util.List;
import java.util.Optional;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.post.PostView;

/**
 * A post as a page lists it.
 *
 * @param deletable whether the viewer wrote it, and so sees a delete button
 */
public record PostItem(
    long id,
    String author,
    String profileUrl,
    String avatarUrl,
    String text,
    Timestamp published,
    boolean deletable) {

  public static List<PostItem> of(List<PostView> posts, Optional<Viewer> viewer) {
    return posts.stream().map(post -> of(post, viewer)).toList();
  }

  private static PostItem of(PostView post, Optional<Viewer> viewer) {
    String author = post.author().value();
    return new PostItem(
        post.id().value(),
        author,
        Links.profile(author),
        Links.avatar(author),
        post.text().value(),
        Timestamp.of(post.publishedAt()),
        viewer.map(v -> v.id().equals(post.authorId())).orElse(false));
  }
}
