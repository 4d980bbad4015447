package org.microblog.adapter.web.message;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.navigation.Navigation;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.Pagination;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.message.ConversationView;
import org.microblog.application.port.in.message.MessageView;
import org.microblog.application.port.in.message.ReadConversationUseCase;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.user.Username;

/**
 * The conversation page: the send form on top, then the messages newest first, 20 a page, with
 * keyset links to older ({@code rel="next"}) and newer ({@code rel="prev"}) pages. Shown after a
 * GET, with the notice of a message just sent or removed ({@code ?done=message-sent}), and again
 * with a refused message kept in the form.
 */
@Singleton
final class ConversationPage {
  private static final String VIEW = "messages/conversation";

  /**
   * The notices that {@code MessagesController} names in {@code ?done=}, each with its sentence.
   */
  private static final Map<String, Phrase> DONE =
      Map.of(
          "message-sent", Phrase.of("conversation.done.sent"),
          "message-deleted", Phrase.of("conversation.done.deleted"));

  private final ReadConversationUseCase conversations;

  ConversationPage(ReadConversationUseCase conversations) {
    this.conversations = conversations;
  }

  HttpResponse<?> show(Viewer viewer, Username partner, PageRequest request, String done) {
    PageModel model =
        model(viewer, partner, request).with("notice", done == null ? null : DONE.get(done));
    return HttpResponse.ok(new ModelAndView<>(VIEW, model.asMap()));
  }

  HttpResponse<?> refused(
      Viewer viewer, Username partner, String body, HttpStatus status, Map<String, Phrase> errors) {
    PageModel model =
        model(viewer, partner, PageRequest.first()).with("body", body).with("errors", errors);
    return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model.asMap()));
  }

  private PageModel model(Viewer viewer, Username partner, PageRequest request) {
    ConversationView view = conversations.read(viewer.id(), partner, request);
    String name = view.partner().value();
    String url = MessagePaths.conversation(name);
    List<MessageLine> lines =
        view.messages().items().stream().map(m -> line(m, viewer, name, url)).toList();
    PageModel model =
        PageModel.of("messages", lines)
            .with("partner", name)
            .with("partnerUrl", Links.profile(name))
            .with("conversationUrl", url)
            .with("firstPage", request.isFirst())
            .with("pagination", Pagination.of(url, view.messages()));
    if (request.isFirst()) {
      // This page has just marked these read; the login check was read before, so its badge
      // leaves them out (Navigation).
      long readNow = view.messages().items().stream().filter(MessageView::unread).count();
      model.with(Navigation.MESSAGES_READ_NOW, readNow);
    }
    return model;
  }

  private static MessageLine line(MessageView message, Viewer viewer, String partner, String url) {
    return new MessageLine(
        message.id().value(),
        message.mine() ? viewer.username() : partner,
        message.mine(),
        message.body().value(),
        Timestamp.of(message.sentAt()),
        message.unread(),
        url + "/" + message.id().value() + "/delete");
  }
}
