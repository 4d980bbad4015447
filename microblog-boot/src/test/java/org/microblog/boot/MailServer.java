package org.microblog.boot;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) in the test JVM, and what tests read from the mail it got. */
public final class MailServer implements AutoCloseable {
  private final GreenMail greenMail;
  public final int port;

  public MailServer() {
    this(freePort());
  }

  /** On a given port: a mail server that comes back where it was after being down. */
  public MailServer(int port) {
    this.port = port;
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The newest mail to {@code to} whose subject contains {@code subject}, waiting up to 10 s. */
  public MimeMessage latest(String to, String subject) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      Optional<MimeMessage> found =
          Arrays.stream(greenMail.getReceivedMessages())
              .filter(m -> has(m, to, subject))
              .reduce((first, second) -> second);
      if (found.isPresent()) {
        return found.get();
      }
      greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no mail to " + to + " about " + subject);
  }

  private static boolean has(MimeMessage message, String to, String subject) {
    try {
      return message.getSubject().contains(subject)
          && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .anyMatch(a -> a.toString().equalsIgnoreCase(to));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The body part of the given MIME type ({@code text/plain}, {@code text/html}). */
  public static String part(MimeMessage message, String type) {
    try {
      Multipart parts = (Multipart) message.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.isMimeType(type)) {
          return part.getContent().toString();
        }
      }
      throw new AssertionError("no " + type + " part");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first absolute link in the text part matching {@code path} (a regex). */
  public static String link(MimeMessage message, String path) {
    Matcher matcher =
        Pattern.compile("https?://[^\\s/]+" + path).matcher(part(message, "text/plain"));
    if (!matcher.find()) {
      throw new AssertionError("no link to " + path);
    }
    return matcher.group();
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
