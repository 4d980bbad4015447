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
import org.microblog.adapter.web.i18n.TextHelpers;
import org.microblog.adapter.web.i18n.Translations;

/** Our direct helpers must write exactly what Handlebars' own helpers write. */
class DirectHelpersTest {
  private static final Handlebars OURS =
      new HandlebarsEngine().handlebars(new TextHelpers(new Translations()));
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
        "{{#each none}}x{{else}}none{{/each}}{{#each items}}[{{this}}]{{else}}none{{/each}}",
        "{{#each items}}{{@index}}{{@index_1}}{{@key}}{{@first}}{{@last}}{{@odd}}{{@even}}:{{this}} {{/each}}",
        "{{#each items base=3}}{{@index}}{{@first}}{{/each}}",
        "{{#each items as |item i|}}{{i}}={{item}};{{/each}}",
        "{{#each map}}{{@key}}={{this}};{{/each}}",
        "{{#each items}}{{#each ../items}}{{this}}{{/each}}|{{/each}}",
        "{{#partial \"content\"}}<p>{{name}}</p>{{/partial}}<main>{{#block \"content\"}}default{{/block}}</main>",
        "{{#partial \"content\" extra=name}}{{extra}}{{/partial}}{{#block \"content\"}}d{{/block}}",
        "{{#block \"nothing-defined\"}}default {{name}}{{/block}}",
      })
  void chooseTheSameBranchAsHandlebars(String template) throws IOException {
    for (Object value : VALUES) {
      Map<String, Object> model = new HashMap<>();
      model.put("value", value);
      model.put("other", value);
      model.put("items", Arrays.asList("a", "", null, "<i>"));
      model.put("name", "<Ann>");
      model.put("map", Map.of("k", "v"));
      model.put("none", List.of());
      assertThat(OURS.compileInline(template).apply(model))
          .as("%s with %s", template, value)
          .isEqualTo(STOCK.compileInline(template).apply(model));
    }
  }
}
