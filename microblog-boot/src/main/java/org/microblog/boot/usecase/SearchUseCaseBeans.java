package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.search.SearchResultsQuery;

/** The use cases of {@code port.in.search} (search) as beans. */
@Factory
final class SearchUseCaseBeans {

  @Singleton
  SearchResultsQuery search(Microblog microblog) {
    return microblog.search();
  }
}
