package org.microblog.boot.durability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code microblog.jar backup FILE} and {@code microblog.jar restore FILE}. They read the same
 * environment as the server ({@code MICROBLOG_DATA_DIR}, {@code PORT}, {@code
 * MICROBLOG_TOKEN_SECRET}), so an operator runs them beside the server with nothing more to say.
 * Exit status 0 on success, 2 with one line on standard error when refused or failed.
 */
public final class BackupCommandLine {
  static final int REFUSED = 2;

  private BackupCommandLine() {}

  public static boolean handles(String command) {
    return "backup".equals(command) || "restore".equals(command);
  }

  /** Runs {@code command FILE} with the data folder the server would use. */
  public static int run(String command, String[] args, Path dataDirectory) {
    PrintStream err = System.err;
    if (args.length != 1) {
      err.println("Usage: java -jar microblog.jar " + command + " FILE");
      return REFUSED;
    }
    Path file = Path.of(args[0]).toAbsolutePath();
    Progress progress = new Progress(System.out);
    try {
      if ("backup".equals(command)) {
        new BackupClient(dataDirectory, progress).backupTo(file);
        System.out.println("Backup written to " + file);
      } else {
        Restore.Summary summary = new Restore(dataDirectory, progress).from(file);
        System.out.println(
            "Restored into "
                + dataDirectory
                + ": "
                + summary.users()
                + " users, "
                + summary.posts()
                + " posts.");
      }
      return 0;
    } catch (OperationRefused refused) {
      err.println(command + " refused: " + refused.getMessage());
      return REFUSED;
    } catch (IOException e) {
      err.println(command + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return REFUSED;
    }
  }

  /** A reason to stop that the operator can act on, in one sentence. */
  static final class OperationRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OperationRefused(String message) {
      super(message);
    }
  }
}
