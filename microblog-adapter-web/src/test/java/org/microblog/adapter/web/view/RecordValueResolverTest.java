package org.microblog.adapter.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.ValueResolver;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordValueResolverTest {
  private final RecordValueResolver resolver = RecordValueResolver.INSTANCE;

  private record Card(String title, int votes) {}

  @Test
  void readsComponentsOfRecordsEvenPrivateOnes() {
    Card card = new Card("hello", 3);

    assertThat(resolver.resolve(card, "title")).isEqualTo("hello");
    assertThat(resolver.resolve(card, "votes")).isEqualTo(3);
  }

  @Test
  void leavesEverythingElseToOtherResolvers() {
    assertThat(resolver.resolve(new Card("a", 1), "missing")).isSameAs(ValueResolver.UNRESOLVED);
    assertThat(resolver.resolve(new Card("a", 1), "toString")).isSameAs(ValueResolver.UNRESOLVED);
    assertThat(resolver.resolve("text", "length")).isSameAs(ValueResolver.UNRESOLVED);
    assertThat(resolver.resolve(new Card("a", 1))).isSameAs(ValueResolver.UNRESOLVED);
  }

  @Test
  void listsComponentsInOrder() {
    assertThat(resolver.propertySet(new Card("hi", 2)))
        .containsExactly(Map.entry("title", "hi"), Map.entry("votes", 2));
  }

  @Test
  void templatesReadRecordsInsideMapsAndEscapeThem() throws IOException {
    String html =
        new Handlebars()
            .compileInline("{{#each cards}}<b>{{title}}</b>{{votes}};{{/each}}")
            .apply(
                com.github.jknack.handlebars.Context.newBuilder(
                        Map.of("cards", java.util.List.of(new Card("<i>", 1), new Card("b", 2))))
                    .resolver(
                        com.github.jknack.handlebars.context.MapValueResolver.INSTANCE, resolver)
                    .build());

    assertThat(html).isEqualTo("<b>&lt;i&gt;</b>1;<b>b</b>2;");
  }
}
