package org.microblog.adapter.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.jknack.handlebars.Handlebars;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast escaping must escape exactly as Handlebars' default does. */
class HtmlEscapingTest {
  private final HtmlEscaping escaping = new HtmlEscaping();

  /** What {@code {{x}}} renders with Handlebars' default escaping. */
  private static String byDefault(CharSequence text) {
    try {
      return new Handlebars().compileInline("{{x}}").apply(Map.of("x", text.toString()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void escapesLikeHandlebarsDefault() {
    List<String> samples =
        List.of(
            "",
            "plain text",
            "<script>alert('x')</script>",
            "a & b = \"c\" `d`",
            "&amp; already escaped",
            "ünïcödé 😀 <b>",
            "/users/ann?before=42");
    for (String sample : samples) {
      assertThat(escaping.escape(sample).toString()).as(sample).isEqualTo(byDefault(sample));
    }
  }

  @Test
  void escapesRandomTextLikeHandlebarsDefault() throws IOException {
    Random random = new Random(7);
    String alphabet = "ab <>&\"'`=/\\;#x\u00e9\ud83d\ude00";
    var template = new Handlebars().compileInline("{{x}}");
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(escaping.escape(text).toString())
          .isEqualTo(template.apply(Map.of("x", text.toString())));
    }
  }

  @Test
  void keepsNull() {
    assertThat(escaping.escape(null)).isNull();
  }
}
