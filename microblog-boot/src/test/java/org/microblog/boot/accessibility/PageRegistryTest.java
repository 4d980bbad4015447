package org.microblog.boot.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A route that renders pages cannot be added without the accessibility checks knowing it: every
 * route the router holds is either covered by a state in {@link PageRegistry} or listed there as
 * not a page.
 */
@MicronautTest
class PageRegistryTest {
  @Inject Router router;

  private Set<String> routes() {
    return router
        .uriRoutes()
        // HEAD answers a GET's headers without its body: the GET's check covers it.
        .filter(route -> !route.getHttpMethodName().equals("HEAD"))
        .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate())
        .filter(
            route ->
                PageRegistry.NOT_PAGE_PREFIXES.stream()
                    .noneMatch(
                        prefix -> route.substring(route.indexOf(' ') + 1).startsWith(prefix)))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyRouteIsAPageInTheRegistryOrListedAsNotAPage() {
    Set<String> covered =
        PageRegistry.ALL.stream()
            .flatMap(state -> state.routes().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    covered.addAll(PageRegistry.NOT_PAGES.keySet());

    assertThat(routes()).as("routes missing from PageRegistry").isSubsetOf(covered);
  }

  @Test
  void theRegistryListsNoRouteThatDoesNotExist() {
    Set<String> listed = new TreeSet<>(PageRegistry.NOT_PAGES.keySet());
    PageRegistry.ALL.forEach(state -> listed.addAll(state.routes()));

    assertThat(listed).as("stale entries in PageRegistry").isSubsetOf(routes());
  }
}
