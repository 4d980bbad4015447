package org.microblog.adapter.web.settings;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The account export: one's posts, newest first, and the messages one can see, oldest first. */
@Serdeable
public record ExportFile(List<ExportedPost> posts, List<ExportedMessage> messages) {}
