package org.microblog.adapter.web.settings;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.block.BlockList;
import org.microblog.application.port.in.block.BlockQuery;
import org.microblog.domain.user.Username;

/**
 * The people one blocks and mutes, each with its undo button (the profile's own actions, which come
 * back here with their notice).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/settings/blocks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BlocksController {
  private final BlockQuery blocks;

  BlocksController(BlockQuery blocks) {
    this.blocks = blocks;
  }

  @Get
  HttpResponse<?> list(Authentication authentication) {
    BlockList list = blocks.blockList(CurrentViewer.required(authentication).id());
    PageModel model =
        PageModel.of("blocked", people(list.blocked())).with("muted", people(list.muted()));
    return HttpResponse.ok(new ModelAndView<>("settings/blocks", model.asMap()));
  }

  /** One line of a list: the name and where its profile and undo button live. */
  record Person(String name, String profileUrl) {}

  private static List<Person> people(List<Username> names) {
    return names.stream()
        .map(name -> new Person(name.value(), Links.profile(name.value())))
        .toList();
  }
}
