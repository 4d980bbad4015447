package org.microblog.adapter.web.message;

import org.microblog.adapter.web.view.Timestamp;

/**
 * One message as the conversation page shows it.
 *
 * @param author who wrote it (the page says "You" for one's own: {@code mine})
 * @param deleteUrl where its "Delete" button posts: removing it from one's own view
 * @param isNew whether it arrived since the reader last opened the conversation
 */
public record MessageLine(
    long id,
    String author,
    boolean mine,
    String body,
    Timestamp at,
    boolean isNew,
    String deleteUrl) {}
