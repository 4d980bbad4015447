package org.microblog.adapter.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.jknack.handlebars.Handlebars;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our conditions must choose exactly the branch Handlebars' own helpers choose. */
class DirectConditionalsTest {
  private static final Handlebars OURS = new HandlebarsEngine().handlebars();
  private static final Handlebars STOCK = new Handlebars();
  private static final List<Object> VALUES =
      Arrays.asList(
          null, true, false, 0, 1, "", "text", List.of(), List.of(1), Map.of(), new Object[0]);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{{#if value}}yes{{/if}}",
        "{{#if value}}yes{{else}}no{{/if}}",
        "{{#unless value}}no{{else}}yes{{/unless}}",
        "<p>{{#if value}}[{{#if other}}both{{else}}one{{/if}}]{{/if}}</p>",
        "{{#each items}}{{#if this}}<b>{{this}}</b>{{else}}-{{/if}}{{/each}}",
        "{{#if value}}{{name}} &amp; {{name}}{{/if}}",
      })
  void chooseTheSameBranchAsHandlebars(String template) throws IOException {
    for (Object value : VALUES) {
      Map<String, Object> model = new HashMap<>();
      model.put("value", value);
      model.put("other", value);
      model.put("items", Arrays.asList("a", "", null, "<i>"));
      model.put("name", "<Ann>");
      assertThat(OURS.compileInline(template).apply(model))
          .as("%s with %s", template, value)
          .isEqualTo(STOCK.compileInline(template).apply(model));
    }
  }
}
