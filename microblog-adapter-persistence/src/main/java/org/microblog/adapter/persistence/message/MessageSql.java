package org.microblog.adapter.persistence.message;

/** The statements of the message adapter, in one place. */
final class MessageSql {
  private MessageSql() {}

  static final String INSERT =
      "INSERT INTO messages (sender_id, recipient_id, low_id, high_id, body, sent_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  // Parameters: sender, recipient, id, at; recipient, sender, id, at.
  static final String OPEN_LINES =
      "INSERT INTO conversations (owner_id, partner_id, last_message_id, last_at)"
          + " VALUES (?, ?, ?, ?), (?, ?, ?, ?) ON CONFLICT DO NOTHING";

  // Parameters: id, id, at, recipient; sender, recipient, recipient, sender.
  static final String MOVE_LINES =
      "UPDATE conversations SET last_message_id = GREATEST(last_message_id, ?),"
          + " last_at = CASE WHEN ? >= last_message_id THEN ? ELSE last_at END,"
          + " unread = unread + CASE WHEN owner_id = ? THEN 1 ELSE 0 END"
          + " WHERE (owner_id = ? AND partner_id = ?) OR (owner_id = ? AND partner_id = ?)";

  static final String COUNT_UP =
      "UPDATE users SET unread_messages = unread_messages + 1 WHERE id = ?";

  // Parameters: me, me, partner, low, high, cursor, me. Ends in "LIMIT ".
  private static final String SLICE =
      "SELECT m.id, m.sender_id, m.body, m.sent_at,"
          + " m.recipient_id = ? AND m.id > COALESCE(c.read_up_to, 0)"
          + " FROM messages m LEFT JOIN conversations c ON c.owner_id = ? AND c.partner_id = ?"
          + " WHERE m.low_id = ? AND m.high_id = ? AND m.id %s ?"
          + " AND NOT (CASE WHEN m.sender_id = ? THEN m.hidden_by_sender"
          + " ELSE m.hidden_by_recipient END)"
          + " ORDER BY m.id %s LIMIT ";
  static final String OLDER = SLICE.formatted("<", "DESC");
  static final String NEWER = SLICE.formatted(">", "ASC");

  static final String LOCK_LINE =
      "SELECT unread, last_message_id FROM conversations"
          + " WHERE owner_id = ? AND partner_id = ? FOR UPDATE";
  static final String READ_LINE =
      "UPDATE conversations SET unread = 0, read_up_to = ? WHERE owner_id = ? AND partner_id = ?";
  static final String COUNT_DOWN =
      "UPDATE users SET unread_messages = GREATEST(0, unread_messages - ?) WHERE id = ?";

  // Parameters: me, cursor. Ends in "LIMIT ". A conversation across a block is left out (two
  // primary-key probes of blocks per line read).
  static final String LINES =
      "SELECT c.partner_id, u.username, c.last_message_id, c.last_at, c.unread"
          + " FROM conversations c JOIN users u ON u.id = c.partner_id"
          + " WHERE c.owner_id = ? AND c.last_message_id < ?"
          + " AND NOT EXISTS (SELECT 1 FROM blocks b"
          + " WHERE b.blocker_id = c.owner_id AND b.blocked_id = c.partner_id)"
          + " AND NOT EXISTS (SELECT 1 FROM blocks b"
          + " WHERE b.blocker_id = c.partner_id AND b.blocked_id = c.owner_id)"
          + " ORDER BY c.last_message_id DESC LIMIT ";

  // Parameters: me, me, id, low, high, me.
  static final String HIDE =
      "UPDATE messages SET hidden_by_sender = (hidden_by_sender OR sender_id = ?),"
          + " hidden_by_recipient = (hidden_by_recipient OR recipient_id = ?)"
          + " WHERE id = ? AND low_id = ? AND high_id = ?"
          + " AND NOT (CASE WHEN sender_id = ? THEN hidden_by_sender ELSE hidden_by_recipient END)";

  static final String UNREAD = "SELECT unread_messages FROM users WHERE id = ?";

  // Parameters: me, me.
  static final String ALL_OF =
      "SELECT m.id, s.username, r.username, m.body, m.sent_at FROM messages m"
          + " JOIN users s ON s.id = m.sender_id JOIN users r ON r.id = m.recipient_id"
          + " WHERE (m.sender_id = ? AND NOT m.hidden_by_sender)"
          + " OR (m.recipient_id = ? AND NOT m.hidden_by_recipient) ORDER BY m.id";

  // Parameters: gone, gone.
  static final String UNCOUNT_PARTNER =
      "UPDATE users SET unread_messages = GREATEST(0, unread_messages - (SELECT c.unread"
          + " FROM conversations c WHERE c.owner_id = users.id AND c.partner_id = ?))"
          + " WHERE id IN (SELECT c.owner_id FROM conversations c"
          + " WHERE c.partner_id = ? AND c.unread > 0)";
}
