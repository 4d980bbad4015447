package org.microblog.application.port.in.message;

import java.util.List;
import org.microblog.domain.user.UserId;

/** Every message one can see (sent or received, not removed from one's view), oldest first. */
public interface MessageExportQuery {
  List<MessageExport> allMessagesOf(UserId me);
}
