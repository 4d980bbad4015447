package org.microblog.adapter.web.card;

import java.util.List;
import org.microblog.adapter.web.view.Timestamp;

/**
 * One version of a post's words as the history page shows it.
 *
 * @param written when this version was written (published, or edited into being)
 * @param warning its content warning, empty for none
 * @param body its text, part by part, mentions of existing accounts linked as on cards
 */
public record VersionCard(Timestamp written, String warning, List<TextPart> body) {}
