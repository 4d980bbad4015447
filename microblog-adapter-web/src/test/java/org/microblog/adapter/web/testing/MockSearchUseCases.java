package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.search.SearchResultsQuery;

/** The use cases of {@code port.in.search} as Mockito mocks. */
@Factory
final class MockSearchUseCases {

  @Singleton
  SearchResultsQuery search() {
    return mock(SearchResultsQuery.class);
  }
}
