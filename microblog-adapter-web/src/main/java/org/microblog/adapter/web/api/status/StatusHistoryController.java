package org.microblog.adapter.web.api.status;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.entity.StatusEditJson;
import org.microblog.adapter.web.api.entity.StatusEdits;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.domain.post.PostId;

/**
 * A status's versions, from the history the post's page shows: public like the status, as the
 * token's person sees it (not across a block, not muted). At most {@link
 * PostHistoryQuery#MAX_VERSIONS} earlier versions, the newest ones, and the current one.
 */
@Controller("/api/v1/statuses/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class StatusHistoryController {
  private final PostHistoryQuery histories;
  private final StatusEdits edits;

  StatusHistoryController(PostHistoryQuery histories, StatusEdits edits) {
    this.histories = histories;
    this.edits = edits;
  }

  @Get
  List<StatusEditJson> history(@Nullable Authentication authentication, @PathVariable String id) {
    return edits.of(
        histories
            .history(
                new PostId(ApiIds.of(id)), ApiCaller.of(authentication).flatMap(ApiCaller::user))
            .orElseThrow(ApiError.NotFound::new));
  }
}
