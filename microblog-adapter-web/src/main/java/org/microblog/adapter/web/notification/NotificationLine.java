package org.microblog.adapter.web.notification;

import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.Timestamp;

/**
 * One notification as its page shows it: "{actor} {action}." where the action links to the post it
 * is about, if any.
 *
 * @param action what the actor did, e.g. "liked your post", in the reader's language
 * @param postUrl the post the action links to, or null (someone followed you)
 * @param isNew whether it arrived since the person last looked
 */
public record NotificationLine(
    String actor,
    String actorUrl,
    String avatarUrl,
    Phrase action,
    String postUrl,
    Timestamp at,
    boolean isNew) {}
