package org.microblog.adapter.web.message;

import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.Timestamp;

/**
 * One line of the conversation list.
 *
 * @param unread how many of the partner's messages are unread, empty when none
 * @param unreadLabel what a screen reader says, e.g. "2 unread messages"
 */
public record ConversationEntry(
    String partner,
    String url,
    String avatarUrl,
    Timestamp at,
    String unread,
    Phrase unreadLabel) {}
