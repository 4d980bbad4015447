package org.microblog.boot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real file system with a real limit: a tmpfs mounted for one test (1 MB, or read-only). It needs
 * root (CI and these machines run tests as root); elsewhere the test is skipped with a message
 * rather than faked, since no permission bit stops root from writing.
 */
final class TmpfsMount implements AutoCloseable {
  private final Path at;

  private TmpfsMount(Path at) {
    this.at = at;
  }

  static TmpfsMount mountOrSkip(Path at, String options) {
    assumeTrue(
        run(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())),
        "cannot mount a tmpfs here (needs root on Linux): test skipped");
    return new TmpfsMount(at);
  }

  /** Fills the file system up to its last few kilobytes, as a disk that filled up would be. */
  void fill() {
    run(List.of("sh", "-c", "cat /dev/zero > '" + at.resolve("filler") + "' 2>/dev/null; true"));
  }

  private static boolean run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    run(List.of("umount", at.toString()));
  }
}
