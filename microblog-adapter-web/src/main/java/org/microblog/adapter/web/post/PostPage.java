package org.microblog.adapter.web.post;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.card.PostCard;
import org.microblog.adapter.web.card.PostCards;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.timeline.HomePage;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.domain.post.PostId;

/**
 * A post's page: the posts it answers above it, its replies below, and a reply form for a logged-in
 * reader. Shown again, with the reasons, when a reply is refused.
 */
@Singleton
final class PostPage {
  private static final String VIEW = "post/show";
  private final ThreadQuery threads;
  private final PostCards cards;

  PostPage(ThreadQuery threads, PostCards cards) {
    this.threads = threads;
    this.cards = cards;
  }

  HttpResponse<?> show(PostId id, long repliesAfter, Optional<Viewer> viewer) {
    PageModel model = model(id, repliesAfter, viewer).orElseThrow(PostId::unknown);
    return HttpResponse.ok(new ModelAndView<>(VIEW, model.asMap()));
  }

  /** The page with the refused reply kept in the form, or empty when the post is unknown. */
  Optional<HttpResponse<?>> refused(
      PostId id, Viewer viewer, PostForm form, HttpStatus status, Map<String, Phrase> errors) {
    return model(id, 0, Optional.of(viewer))
        .map(
            model ->
                HttpResponse.status(status)
                    .body(
                        new ModelAndView<>(
                            VIEW,
                            model
                                .with("body", form.body())
                                .with("spoiler", form.spoiler())
                                .with("postLanguage", form.language())
                                .with("errors", errors)
                                .asMap())));
  }

  private Optional<PageModel> model(PostId id, long repliesAfter, Optional<Viewer> viewer) {
    return threads
        .thread(id, viewer.map(Viewer::id), repliesAfter)
        .map(thread -> model(thread, viewer));
  }

  private PageModel model(PostThread thread, Optional<Viewer> viewer) {
    List<ThreadPost> all = new ArrayList<>(thread.ancestors());
    all.add(thread.post());
    all.addAll(thread.replies());
    List<PostCard> shown = cards.ofThread(all, viewer);
    int above = thread.ancestors().size();
    PostCard post = shown.get(above);
    return PageModel.of("post", post)
        .with("ancestors", shown.subList(0, above))
        .with("replies", shown.subList(above + 1, shown.size()))
        .with(
            "title",
            post.deleted()
                ? Phrase.of("post.title.deleted")
                : Phrase.of("post.title", post.author()))
        .with("canReply", viewer.isPresent() && !post.deleted())
        .with("formToken", HomePage.newFormToken())
        .with(
            "nextReplies",
            thread.nextReplies().isPresent()
                ? post.url() + "?after=" + thread.nextReplies().getAsLong()
                : null);
  }
}
