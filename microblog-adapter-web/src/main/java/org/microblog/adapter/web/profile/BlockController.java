package org.microblog.adapter.web.profile;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.function.Consumer;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.form.SafeRedirect;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.post.ReturnForm;
import org.microblog.adapter.web.view.Links;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.in.block.UnmuteUserUseCase;
import org.microblog.domain.shared.DomainException;

/**
 * Blocking, muting and their undoing, always as the logged-in viewer: 303 back to the profile (or
 * the local page the button names, as the settings list does) with a notice. Oneself is the profile
 * again with the domain's message (422); an unknown user the 404 page.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/users/{username}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BlockController {
  private final BlockUserUseCase blockUser;
  private final UnblockUserUseCase unblockUser;
  private final MuteUserUseCase muteUser;
  private final UnmuteUserUseCase unmuteUser;
  private final ProfilePage profilePage;

  BlockController(
      BlockUserUseCase blockUser,
      UnblockUserUseCase unblockUser,
      MuteUserUseCase muteUser,
      UnmuteUserUseCase unmuteUser,
      ProfilePage profilePage) {
    this.blockUser = blockUser;
    this.unblockUser = unblockUser;
    this.muteUser = muteUser;
    this.unmuteUser = unmuteUser;
    this.profilePage = profilePage;
  }

  @Post(value = "/block", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> block(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String username,
      @Body ReturnForm form) {
    return act(request, authentication, username, form, blockUser::block, "blocked");
  }

  @Post(value = "/unblock", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> unblock(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String username,
      @Body ReturnForm form) {
    return act(request, authentication, username, form, unblockUser::unblock, "unblocked");
  }

  @Post(value = "/mute", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> mute(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String username,
      @Body ReturnForm form) {
    return act(request, authentication, username, form, muteUser::mute, "muted");
  }

  @Post(value = "/unmute", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> unmute(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String username,
      @Body ReturnForm form) {
    return act(request, authentication, username, form, unmuteUser::unmute, "unmuted");
  }

  private HttpResponse<?> act(
      HttpRequest<?> request,
      Authentication authentication,
      String username,
      ReturnForm form,
      Consumer<BlockCommand> action,
      String notice) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    return FormSubmission.of(errors)
        .showing(DomainException.Kind.INVALID)
        .then(
            () -> {
              action.accept(new BlockCommand(viewer.id(), UsernamePath.parse(username)));
              String back = SafeRedirect.localPathOr(form.next(), Links.profile(username));
              String separator = back.contains("?") ? "&" : "?";
              return HttpResponse.seeOther(URI.create(back + separator + "done=" + notice));
            },
            status -> profilePage.refused(request, username, viewer, status, errors));
  }
}
