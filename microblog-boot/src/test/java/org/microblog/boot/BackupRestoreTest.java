package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.boot.durability.BackupFormat;

/**
 * {@code microblog.jar backup FILE} while people are posting, then {@code restore FILE} into a
 * fresh folder: the restored instance holds every post acknowledged before the backup began.
 * Restoring refuses a folder that is not empty and a damaged file, and then leaves both alone.
 */
class BackupRestoreTest {

  @Test
  void aBackupUnderWriteLoadRestoresEveryPostAcknowledgedBeforeItBegan(@TempDir Path temp)
      throws IOException {
    Path live = temp.resolve("live");
    Path restored = temp.resolve("restored");
    Path backup = temp.resolve("microblog-backup.zip");
    Set<String> beforeBackup;
    WriteLoad load;
    try (AppProcess app = AppProcess.start(live, Map.of())) {
      load = new WriteLoad(app.uri(), "backup", 3).start().awaitAcknowledged(100);
      beforeBackup = load.acknowledged();
      long started = System.nanoTime();
      Command result = run(List.of("backup", backup.toString()), live, portOf(app));
      assertThat(result.status()).as(result.output() + app.output()).isZero();
      System.out.printf(
          "backup under load: %d ms, %d KB, %d posts acknowledged before it began%n",
          (System.nanoTime() - started) / 1_000_000,
          Files.size(backup) / 1024,
          beforeBackup.size());
      assertThat(load.acknowledged().size())
          .as("posting went on")
          .isGreaterThan(beforeBackup.size());
      load.stop();
    }

    Command restore = run(List.of("restore", backup.toString()), restored, Map.of());
    assertThat(restore.status()).as(restore.output()).isZero();
    assertThat(restore.output()).contains("Restored into " + restored).contains("3 users");

    try (AppProcess app = AppProcess.start(restored, Map.of())) {
      assertThat(load.postsFoundAt(app.uri())).containsAll(beforeBackup);
    }

    Command intoUsedFolder = run(List.of("restore", backup.toString()), restored, Map.of());
    assertThat(intoUsedFolder.status()).isNotZero();
    assertThat(intoUsedFolder.errors()).contains("is not empty");
  }

  @Test
  void aDamagedBackupIsRefusedAndTheFolderStaysEmpty(@TempDir Path temp) throws IOException {
    Path backup = backupOfTheV3Fixture(temp);
    byte[] bytes = Files.readAllBytes(backup);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(backup, bytes);
    Path target = temp.resolve("target");

    Command restore = run(List.of("restore", backup.toString()), target, Map.of());

    assertThat(restore.status()).isNotZero();
    assertThat(restore.errors().lines().toList())
        .singleElement()
        .asString()
        .startsWith("restore refused: ")
        .contains("is damaged");
    try (Stream<Path> left = Files.list(target)) {
      assertThat(left).isEmpty();
    }
  }

  /** A well-formed backup file, made from the V3 fixture without a server. */
  private static Path backupOfTheV3Fixture(Path temp) throws IOException {
    Path folder = DataFolderFixture.V3.copyInto(temp.resolve("v3"));
    Path backup = temp.resolve("v3-backup.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
      zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
      zip.write((BackupFormat.FORMAT_LINE + "\n").getBytes(StandardCharsets.UTF_8));
      for (String name : List.of(BackupFormat.DATABASE, BackupFormat.SECRET)) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(Files.readAllBytes(folder.resolve(name)));
      }
    }
    return backup;
  }

  private static Map<String, String> portOf(AppProcess app) {
    return Map.of("PORT", Integer.toString(app.uri().getPort()));
  }

  record Command(int status, String output, String errors) {}

  static Command run(List<String> args, Path data, Map<String, String> env) {
    try (AppProcess command = AppProcess.launch(args, data, env)) {
      if (!command.awaitExit(Duration.ofSeconds(120))) {
        throw new IllegalStateException("no end: " + command.output());
      }
      return new Command(command.process().exitValue(), command.output(), command.errors());
    }
  }
}
