package org.microblog.application.service;

import java.time.Instant;
import org.microblog.application.crypto.Pbkdf2PasswordHasher;
import org.microblog.application.inmemory.InMemoryMicroblog;
import org.microblog.application.inmemory.MutableClock;
import org.microblog.application.inmemory.PlainAccountMails;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.in.login.StartLoginCommand;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.domain.login.BrowserDescription;
import org.microblog.domain.login.ClientNetwork;
import org.microblog.domain.login.LoginId;
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

  /** Logs the user in from a browser: a live login record, as the login page would start. */
  LoginId logIn(UserId user, String browserAgent, boolean remember) {
    Username name = blog.persistence().users().findById(user).orElseThrow().username();
    return blog.useCases()
        .startLogin()
        .start(
            new StartLoginCommand(
                new AuthenticatedUser(user, name),
                remember,
                BrowserDescription.fromUserAgent(browserAgent),
                ClientNetwork.UNKNOWN));
  }

  LoginId logIn(UserId user) {
    return logIn(user, FIREFOX, false);
  }

  static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko Firefox/128.0";

  String passwordOf(String name) {
    return "password-of-" + name;
  }

  long post(UserId author, String text) {
    return blog.useCases()
        .publishPost()
        .publish(new PublishPostCommand(author, new PostText(text)))
        .value();
  }

  /** Runs every job that is due now, as a worker would; returns how many ran. */
  int runDueJobs() {
    int ran = 0;
    while (blog.useCases().runJobs().runNext(java.time.Duration.ofMinutes(1))) {
      ran++;
    }
    return ran;
  }
}
