package org.microblog.adapter.web.api.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiForm;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.api.entity.ApiTime;
import org.microblog.application.port.in.marker.MarkersQuery;
import org.microblog.application.port.in.marker.SaveMarkersCommand;
import org.microblog.application.port.in.marker.SaveMarkersUseCase;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;

/**
 * Mastodon's markers: where the person stopped reading their home timeline and notifications, so
 * that each of their apps opens there. {@code GET ?timeline[]=home&timeline[]=notifications}
 * answers those saved (unknown names are ignored); {@code POST} takes {@code home[last_read_id]}
 * and {@code notifications[last_read_id]} (form-encoded, or JSON {@code {"home": {"last_read_id":
 * "1"}}}) and answers the markers saved. A last read id that is no id is refused (422).
 */
@Controller("/api/v1/markers")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class MarkersController {
  private final MarkersQuery markers;
  private final SaveMarkersUseCase save;
  private final JsonMapper json;

  MarkersController(MarkersQuery markers, SaveMarkersUseCase save, JsonMapper json) {
    this.markers = markers;
    this.save = save;
    this.json = json;
  }

  @Get
  @RequiredScope("read:statuses")
  Map<String, MarkerJson> markers(HttpRequest<?> request, Authentication authentication) {
    List<String> names = new ArrayList<>(request.getParameters().getAll("timeline[]"));
    names.addAll(request.getParameters().getAll("timeline"));
    if (names.size() > NotificationTypes.MAX_NAMES) {
      throw new ApiError.BadParameter("Too many timelines");
    }
    Set<MarkerTimeline> timelines = EnumSet.noneOf(MarkerTimeline.class);
    names.forEach(name -> timeline(name).ifPresent(timelines::add));
    return json(markers.markers(ApiCaller.person(authentication), timelines));
  }

  @Post(
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:statuses")
  Map<String, MarkerJson> save(
      HttpRequest<?> request, Authentication authentication, @Body @Nullable String body) {
    ApiForm form = ApiForm.parse(body, request.getContentType(), json);
    Map<MarkerTimeline, Long> positions = new EnumMap<>(MarkerTimeline.class);
    for (MarkerTimeline timeline : MarkerTimeline.values()) {
      form.first(name(timeline) + "[last_read_id]")
          .ifPresent(id -> positions.put(timeline, ApiIds.parse(id).orElse(0)));
    }
    return json(save.save(new SaveMarkersCommand(ApiCaller.person(authentication), positions)));
  }

  private static Map<String, MarkerJson> json(List<Marker> saved) {
    Map<String, MarkerJson> body = new LinkedHashMap<>();
    saved.forEach(
        marker ->
            body.put(
                name(marker.timeline()),
                new MarkerJson(
                    Long.toString(marker.lastReadId()),
                    marker.version(),
                    ApiTime.of(marker.updatedAt()))));
    return body;
  }

  private static String name(MarkerTimeline timeline) {
    return timeline.name().toLowerCase(Locale.ROOT);
  }

  private static Optional<MarkerTimeline> timeline(String name) {
    for (MarkerTimeline timeline : MarkerTimeline.values()) {
      if (name(timeline).equals(name)) {
        return Optional.of(timeline);
      }
    }
    return Optional.empty();
  }

  /** Mastodon's Marker entity. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record MarkerJson(String lastReadId, long version, String updatedAt) {}
}
