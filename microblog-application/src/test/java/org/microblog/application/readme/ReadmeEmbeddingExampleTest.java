package org.microblog.application.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the embedding example exactly as the README shows it, against the domain and
 * application modules alone (this module's test class path has no framework), so the README cannot
 * drift from the code.
 */
class ReadmeEmbeddingExampleTest {
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "<!-- embedding-example:start -->\\s*```java\\n(.*?)```\\s*<!-- embedding-example:end -->",
          Pattern.DOTALL);

  @Test
  void theReadmeExampleCompilesRunsAndPrintsTheHomeTimeline(@TempDir Path work) throws Exception {
    Path source = work.resolve("EmbeddedMicroblog.java");
    Files.writeString(source, example());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            work.toString(),
            source.toString());
    assertThat(status).as("javac exit status").isZero();

    assertThat(run(work)).containsExactly("ada: Hello, world.", "bob: Hello, Ada!");
  }

  private static String example() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher matcher = EXAMPLE.matcher(readme);
    assertThat(matcher.find()).as("README has the embedding example between its markers").isTrue();
    return matcher.group(1);
  }

  private static List<String> run(Path classes) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()},
            ReadmeEmbeddingExampleTest.class.getClassLoader())) {
      Method main = loader.loadClass("EmbeddedMicroblog").getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
