package org.microblog.boot.durability;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;

/**
 * The management operation behind {@code microblog.jar backup FILE}: a consistent backup of the
 * running instance, streamed to the caller. Only a caller on this machine that proves it holds the
 * signing secret gets one (the file holds every password hash and the secret itself). A GET, since
 * it changes nothing the application shows; its temporary file is deleted once sent.
 */
@Controller(BackupFormat.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
final class BackupController {
  private static final MediaType ZIP = MediaType.of("application/zip");
  private final BackupWriter writer;
  private final Path dataDirectory;
  private final byte[] key;

  BackupController(
      BackupWriter writer, @Value("${" + SigningSecretProperty.NAME + "}") String signingSecret) {
    this.dataDirectory = writer.dataDirectory();
    this.writer = writer;
    this.key = BackupFormat.keyFor(signingSecret).getBytes(StandardCharsets.US_ASCII);
  }

  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> backup(
      HttpRequest<?> request,
      @Header(BackupFormat.KEY_HEADER) @io.micronaut.core.annotation.Nullable String given)
      throws IOException, SQLException {
    if (!fromThisMachine(request)
        || given == null
        || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.US_ASCII))) {
      return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN)
          .body("A backup needs the backup key, from this machine.\n");
    }
    if (!writer.isEmbedded()) {
      return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT)
          .body("The database is PostgreSQL: back it up with pg_dump (see the README).\n");
    }
    Path file = Files.createTempFile(dataDirectory, ".backup-", ".zip");
    Files.delete(file);
    writer.writeTo(file);
    long length = Files.size(file);
    InputStream deletedWhenSent =
        new FilterInputStream(Files.newInputStream(file)) {
          @Override
          public void close() throws IOException {
            super.close();
            Files.deleteIfExists(file);
          }
        };
    return HttpResponse.ok(
        new StreamedFile(deletedWhenSent, ZIP, System.currentTimeMillis(), length));
  }

  private static boolean fromThisMachine(HttpRequest<?> request) {
    InetSocketAddress remote = request.getRemoteAddress();
    return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
  }
}
