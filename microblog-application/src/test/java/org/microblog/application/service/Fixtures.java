package org.microblog.application.service;

import java.time.Instant;
import org.microblog.application.crypto.Pbkdf2PasswordHasher;
import org.microblog.application.inmemory.InMemoryMicroblog;
import org.microblog.application.inmemory.MutableClock;
import org.microblog.application.inmemory.PlainAccountMails;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** A small in-memory Microblog with helpers to populate it. */
final class Fixtures {
  static final Instant START = Instant.parse("2026-01-01T10:00:00Z");
  final MutableClock clock = new MutableClock(START);
  final RecordingTokens tokens = new RecordingTokens();
  final InMemoryMicroblog blog =
      InMemoryMicroblog.create(
          clock, new Pbkdf2PasswordHasher(1_000), tokens, new PlainAccountMails());

  UserId register(String name) {
    return blog.useCases()
        .registerUser()
        .register(
            new RegisterUserCommand(
                new Username(name),
                new EmailAddress(name + "@example.org"),
                new Password("password-of-" + name)));
  }

  String passwordOf(String name) {
    return "password-of-" + name;
  }

  long post(UserId author, String text) {
    return blog.useCases()
        .publishPost()
        .publish(new PublishPostCommand(author, new PostText(text)))
        .value();
  }
}
