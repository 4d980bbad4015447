package org.microblog.adapter.web.settings;

import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.export.ExportStatus;
import org.microblog.domain.job.JobState;

/**
 * One's latest export as the export page shows it: exactly one of the state flags is true.
 *
 * @param expired done, but no longer offered
 * @param underWay queued or running: a new export cannot be asked for yet
 * @param reason why the last try did not work, in the reader's language where the bundles know the
 *     job's English reason; null when there is none
 * @param until until when a done one is offered; null otherwise
 */
public record ExportItem(
    boolean queued,
    boolean running,
    boolean done,
    boolean expired,
    boolean failed,
    boolean underWay,
    int progress,
    Phrase reason,
    String downloadUrl,
    Timestamp until,
    Timestamp changed) {

  static ExportItem of(ExportStatus status) {
    JobState state = status.state();
    boolean done = state == JobState.DONE && status.downloadable();
    return new ExportItem(
        state == JobState.QUEUED,
        state == JobState.RUNNING,
        done,
        state == JobState.DONE && !done,
        state == JobState.FAILED,
        state.active(),
        status.progress(),
        status
            .reason()
            .filter(reason -> !reason.isBlank())
            .map(reason -> Phrase.known("settings.export.reason", reason))
            .orElse(null),
        "/settings/export/" + status.id().value() + "/download",
        status.availableUntil().map(Timestamp::of).orElse(null),
        Timestamp.of(status.requestedOrChangedAt()));
  }
}
