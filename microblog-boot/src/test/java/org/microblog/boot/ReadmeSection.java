package org.microblog.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One section of the project's README, read as the examples it shows: each fenced {@code sh} block,
 * with the {@code json} block that follows it (the answer it shows), if any. The section runs from
 * its heading to the next heading of the same or a higher level.
 */
final class ReadmeSection {
  /** A command block and the answer shown after it, before the next command. */
  record Example(String commands, Optional<String> shownAnswer) {}

  private final List<Example> examples;

  private ReadmeSection(List<Example> examples) {
    this.examples = List.copyOf(examples);
  }

  /** The section under {@code heading} (the whole heading line) of the README above this module. */
  static ReadmeSection of(String heading) {
    List<String> lines = readme();
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new AssertionError("README.md has no heading '" + heading + "'");
    }
    int level = heading.indexOf(' ');
    List<Example> examples = new ArrayList<>();
    String fence = null;
    StringBuilder block = new StringBuilder();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (fence == null && isHeadingUpTo(line, level)) {
        break;
      }
      if (fence == null && line.startsWith("```")) {
        fence = line.substring(3).strip();
        block.setLength(0);
      } else if (fence != null && line.equals("```")) {
        add(examples, fence, block.toString());
        fence = null;
      } else if (fence != null) {
        block.append(line).append('\n');
      }
    }
    return new ReadmeSection(examples);
  }

  List<Example> examples() {
    return examples;
  }

  private static void add(List<Example> examples, String language, String text) {
    if (language.equals("sh")) {
      examples.add(new Example(text, Optional.empty()));
    } else if (language.equals("json") && !examples.isEmpty()) {
      Example last = examples.remove(examples.size() - 1);
      examples.add(new Example(last.commands(), Optional.of(text)));
    }
  }

  private static boolean isHeadingUpTo(String line, int level) {
    int hashes = 0;
    while (hashes < line.length() && line.charAt(hashes) == '#') {
      hashes++;
    }
    return hashes > 0 && hashes <= level && line.startsWith(" ", hashes);
  }

  /** README.md, found from the working directory (the module's, or the project's). */
  private static List<String> readme() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path readme = dir.resolve("README.md");
      if (Files.isRegularFile(readme) && Files.isDirectory(dir.resolve("microblog-boot"))) {
        try {
          return Files.readAllLines(readme);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError("no README.md above " + here);
  }
}
