package org.microblog.application.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.domain.user.EmailAddress;

/**
 * Keeps sent mail in memory, for tests and embedding programs; can be told to fail, as an
 * unreachable mail server would.
 */
public final class InMemoryMailbox implements MailSender {
  private final List<MailMessage> sent = new ArrayList<>();
  private boolean failing;

  @Override
  public synchronized void send(MailMessage message) {
    if (failing) {
      throw new MailDeliveryException(
          "mail server unreachable (simulated)", new IllegalStateException());
    }
    sent.add(message);
  }

  /** From now on every send fails (true) or succeeds (false). */
  public synchronized void failing(boolean fail) {
    this.failing = fail;
  }

  public synchronized List<MailMessage> sent() {
    return List.copyOf(sent);
  }

  /** The latest mail to an address, matched ignoring case. */
  public synchronized Optional<MailMessage> latestTo(EmailAddress to) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      if (sent.get(i).to().canonical().equals(to.canonical())) {
        return Optional.of(sent.get(i));
      }
    }
    return Optional.empty();
  }
}
