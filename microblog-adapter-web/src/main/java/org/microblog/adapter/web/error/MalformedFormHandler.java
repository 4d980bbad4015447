package org.microblog.adapter.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.ErrorDataDecoderException;
import jakarta.inject.Singleton;
import org.microblog.adapter.web.i18n.Phrase;

/** A form body that is not valid URL encoding (e.g. {@code %zz}) is the client's error: 400. */
@Singleton
@Produces
final class MalformedFormHandler
    implements ExceptionHandler<ErrorDataDecoderException, MutableHttpResponse<?>> {
  private final ErrorPages pages;

  MalformedFormHandler(ErrorPages pages) {
    this.pages = pages;
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, ErrorDataDecoderException exception) {
    return pages.page(request, HttpStatus.BAD_REQUEST, Phrase.of("error.message.malformedForm"));
  }
}
