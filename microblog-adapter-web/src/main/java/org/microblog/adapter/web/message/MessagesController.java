package org.microblog.adapter.web.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.limits.RateLimits;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.post.ReturnForm;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.PageParameters;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.message.ConversationList;
import org.microblog.application.port.in.message.ConversationsQuery;
import org.microblog.application.port.in.message.DeleteMessageCommand;
import org.microblog.application.port.in.message.DeleteMessageUseCase;
import org.microblog.application.port.in.message.SendMessageCommand;
import org.microblog.application.port.in.message.SendMessageUseCase;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Username;

/**
 * Private messages: one's conversations, a conversation with one person, sending, and removing a
 * message from one's own view. Every URL names "my conversation with X", so nobody can name anyone
 * else's; a message id outside it is the 404 page. Sending takes from the post rate limit.
 */
@Produces(MediaType.TEXT_HTML)
@Controller(MessagePaths.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class MessagesController {
  private final ConversationsQuery conversations;
  private final ConversationPage conversationPage;
  private final SendMessageUseCase sendMessage;
  private final DeleteMessageUseCase deleteMessage;
  private final RateLimits rateLimits;

  MessagesController(
      ConversationsQuery conversations,
      ConversationPage conversationPage,
      SendMessageUseCase sendMessage,
      DeleteMessageUseCase deleteMessage,
      RateLimits rateLimits) {
    this.conversations = conversations;
    this.conversationPage = conversationPage;
    this.sendMessage = sendMessage;
    this.deleteMessage = deleteMessage;
    this.rateLimits = rateLimits;
  }

  @Get
  HttpResponse<?> list(Authentication authentication, @QueryValue @Nullable String before) {
    Viewer viewer = CurrentViewer.required(authentication);
    PageRequest request = PageParameters.parse(before, null);
    OptionalLong cursor =
        request.isFirst() ? OptionalLong.empty() : OptionalLong.of(request.cursor());
    ConversationList list = conversations.conversations(viewer.id(), cursor);
    PageModel model =
        PageModel.of("conversations", list.lines().stream().map(MessagesController::entry).toList())
            .with("firstPage", request.isFirst())
            .with(
                "older",
                list.older().isPresent()
                    ? MessagePaths.LIST + "?before=" + list.older().getAsLong()
                    : null);
    return HttpResponse.ok(new ModelAndView<>("messages/index", model.asMap()));
  }

  private static ConversationEntry entry(ConversationLine line) {
    String name = line.partner().value();
    long unread = line.unread();
    return new ConversationEntry(
        name,
        MessagePaths.conversation(name),
        Links.avatar(name),
        Timestamp.of(line.lastAt()),
        unread > 0 ? Long.toString(unread) : "",
        Phrase.of("unread.messages", unread));
  }

  @Get("/{username}")
  HttpResponse<?> conversation(
      Authentication authentication,
      @PathVariable String username,
      @QueryValue @Nullable String before,
      @QueryValue @Nullable String after,
      @QueryValue @Nullable String done) {
    Viewer viewer = CurrentViewer.required(authentication);
    return conversationPage.show(
        viewer, MessagePaths.partner(username), PageParameters.parse(before, after), done);
  }

  @Post(value = "/{username}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> send(
      Authentication authentication, @PathVariable String username, @Body MessageForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    Username partner = MessagePaths.partner(username);
    FormErrors errors = new FormErrors();
    Optional<MessageBody> body = errors.attempt(() -> new MessageBody(form.body()));
    // The body's rules and messaging oneself are shown on the form; an unknown name is the 404.
    return FormSubmission.of(errors)
        .showing(DomainException.Kind.INVALID)
        .then(
            () -> {
              rateLimits.checkPost(viewer.id());
              sendMessage.send(new SendMessageCommand(viewer.id(), partner, body.orElseThrow()));
              return HttpResponse.seeOther(
                  URI.create(MessagePaths.conversation(partner.value()) + "?done=message-sent"));
            },
            status ->
                conversationPage.refused(viewer, partner, form.body(), status, errors.asMap()));
  }

  @Post(value = "/{username}/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(
      Authentication authentication,
      @PathVariable String username,
      @PathVariable String id,
      @Body ReturnForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    Username partner = MessagePaths.partner(username);
    deleteMessage.delete(new DeleteMessageCommand(viewer.id(), partner, MessagePaths.message(id)));
    return HttpResponse.seeOther(
        URI.create(MessagePaths.conversation(partner.value()) + "?done=message-deleted"));
  }
}
