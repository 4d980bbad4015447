package org.microblog.adapter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microblog.domain.user.Language;

/** The message bundles are complete, well formed, and hold every key the code asks for. */
class BundlesTest {
  private static final Path TEMPLATES = Path.of("src/main/resources/views");
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("\\{\\{t \"([^\"]+)\"");
  private static final Pattern JAVA_KEY =
      Pattern.compile("(?:Phrase\\.of|\\.text\\(\\s*\\w+,)\\(?\\s*\"([a-z][\\w.-]*)\"\\s*[,)]");

  private final Translations translations = new Translations();

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"SPANISH", "GERMAN"})
  void everyAreaOfEveryLanguageHasExactlyTheEnglishKeys(Language language) {
    for (String area : Translations.AREAS) {
      Set<String> english =
          read(Translations.bundleFile(area, Language.ENGLISH)).stringPropertyNames();
      Set<String> translated = read(Translations.bundleFile(area, language)).stringPropertyNames();
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(translated);
      Set<String> extra = new TreeSet<>(translated);
      extra.removeAll(english);
      assertThat(missing).as("keys of %s missing in %s", area, language).isEmpty();
      assertThat(extra).as("keys of %s that English lacks in %s", area, language).isEmpty();
    }
  }

  @Test
  void noKeyIsInTwoAreas() {
    Map<String, String> areaOfKey = new HashMap<>();
    for (String area : Translations.AREAS) {
      for (String key :
          read(Translations.bundleFile(area, Language.ENGLISH)).stringPropertyNames()) {
        String earlier = areaOfKey.put(key, area);
        assertThat(earlier).as("%s is in %s and %s", key, earlier, area).isNull();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTextWithValuesIsAPatternThatFormats(Language language) {
    translations
        .all(language)
        .forEach(
            (key, text) -> {
              if (text.contains("{")) {
                assertThat(
                        new MessageFormat(text, language.locale()).format(new Object[] {2, 3, 4}))
                    .as(key)
                    .doesNotContain("{");
              } else {
                assertThat(text)
                    .as("%s: a doubled apostrophe outside a pattern", key)
                    .doesNotContain("''");
              }
            });
  }

  @Test
  void everyKeyTheTemplatesAskForIsInEnglish() throws IOException {
    assertThat(missingKeys(TEMPLATES, ".hbs", TEMPLATE_KEY)).isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesIsInEnglish() throws IOException {
    assertThat(missingKeys(SOURCES, ".java", JAVA_KEY)).isEmpty();
  }

  @Test
  void theSpanishAndGermanTextsAreTheirOwn() {
    long same =
        translations.all(Language.ENGLISH).entrySet().stream()
            .filter(e -> e.getValue().equals(translations.all(Language.SPANISH).get(e.getKey())))
            .filter(e -> e.getValue().chars().filter(Character::isLetter).count() > 3)
            .count();
    assertThat(same).as("Spanish texts copied from English").isLessThan(10);
  }

  private Set<String> missingKeys(Path root, String suffix, Pattern key) throws IOException {
    Set<String> missing = new TreeSet<>();
    Map<String, String> english = translations.all(Language.ENGLISH);
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher found = key.matcher(Files.readString(file));
        while (found.find()) {
          if (!english.containsKey(found.group(1))) {
            missing.add(found.group(1) + " (" + root.relativize(file) + ")");
          }
        }
      }
    }
    return missing;
  }

  private static Properties read(String file) {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(file)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
