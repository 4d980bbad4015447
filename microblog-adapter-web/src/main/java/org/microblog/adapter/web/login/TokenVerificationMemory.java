package org.microblog.adapter.web.login;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Puts a {@link RememberingTokenValidator} in front of Micronaut Security's JWT validator. */
@Singleton
final class TokenVerificationMemory
    implements BeanCreatedEventListener<ReactiveJsonWebTokenValidator<Object, HttpRequest<?>>> {

  @Override
  public ReactiveJsonWebTokenValidator<Object, HttpRequest<?>> onCreated(
      BeanCreatedEvent<ReactiveJsonWebTokenValidator<Object, HttpRequest<?>>> event) {
    return new RememberingTokenValidator<>(event.getBean(), Clock.systemUTC());
  }
}
