package org.microblog.boot.jobs;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.microblog.application.port.in.message.MessageExport;
import org.microblog.application.port.out.job.ExportArchive;
import org.microblog.application.port.out.job.ExportedProfile;
import org.microblog.domain.post.Post;

/**
 * Writes one export zip as the items come, holding none of them: {@code profile.json}, {@code
 * posts.json} and {@code messages.json} in the zip as they are written, and the posts again as an
 * ActivityStreams {@code outbox.json} (Create activities of Notes), spooled to a side file and
 * copied in at the end, since a zip is written one entry at a time.
 */
final class ZipExportArchive implements ExportArchive {
  private static final JsonFactory JSON =
      new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** The outbox spool's own file, closed with its generator. */
  private static final JsonFactory SPOOL_JSON = new JsonFactory();

  private static final List<String> SECTIONS = List.of("posts.json", "messages.json");

  private final Path part;
  private final Path target;
  private final Path outboxSpool;
  private final ZipOutputStream zip;
  private final OutboxWriter outbox;
  private JsonGenerator entry;
  private final Set<String> written = new HashSet<>();
  private String section = "";
  private boolean completed;

  ZipExportArchive(Path part, Path target, String publicUrl) throws IOException {
    this.part = part;
    this.target = target;
    this.outboxSpool = part.resolveSibling(part.getFileName() + ".outbox");
    this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part)));
    this.outbox =
        new OutboxWriter(
            SPOOL_JSON.createGenerator(
                new BufferedOutputStream(Files.newOutputStream(outboxSpool)), JsonEncoding.UTF8),
            publicUrl);
  }

  @Override
  public void profile(ExportedProfile profile) {
    io(
        () -> {
          JsonGenerator json = startEntry("profile.json");
          json.writeStartObject();
          json.writeStringField("username", profile.username().value());
          json.writeStringField("email", profile.email().value());
          json.writeStringField("about", profile.about().value());
          json.writeStringField("memberSince", profile.memberSince().toString());
          json.writeEndObject();
          endEntry();
          outbox.actor(profile.username().value());
        });
  }

  @Override
  public void post(Post post) {
    io(
        () -> {
          JsonGenerator json = section("posts.json");
          json.writeStartObject();
          json.writeNumberField("id", post.id().value());
          json.writeStringField("text", post.text().value());
          json.writeStringField("publishedAt", post.publishedAt().toString());
          json.writeEndObject();
          outbox.note(post);
        });
  }

  @Override
  public void message(MessageExport message) {
    io(
        () -> {
          JsonGenerator json = section("messages.json");
          json.writeStartObject();
          json.writeNumberField("id", message.id());
          json.writeStringField("from", message.sender().value());
          json.writeStringField("to", message.recipient().value());
          json.writeStringField("text", message.body().value());
          json.writeStringField("sentAt", message.sentAt().toString());
          json.writeEndObject();
        });
  }

  @Override
  public void complete() {
    io(
        () -> {
          endSection();
          for (String name : SECTIONS) {
            if (written.add(name)) {
              startEntry(name).writeStartArray();
              entry.writeEndArray();
              endEntry();
            }
          }
          outbox.close();
          zip.putNextEntry(new ZipEntry("outbox.json"));
          try (InputStream spooled = Files.newInputStream(outboxSpool)) {
            spooled.transferTo(zip);
          }
          zip.closeEntry();
          zip.close();
          Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
          completed = true;
        });
  }

  @Override
  public void close() {
    try {
      if (!completed) {
        outbox.closeQuietly();
        zip.close();
        Files.deleteIfExists(part);
      }
      Files.deleteIfExists(outboxSpool);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The array entry of a section ({@code posts.json}, {@code messages.json}), opening it (and
   * closing the one before) when it is not the current one; a section with no items is an empty
   * array. Sections come in order: posts, then messages.
   */
  private JsonGenerator section(String name) throws IOException {
    if (!name.equals(section)) {
      if (!written.add(name)) {
        throw new IllegalStateException(name + " is already written");
      }
      endSection();
      section = name;
      startEntry(name).writeStartArray();
    }
    return entry;
  }

  private void endSection() throws IOException {
    if (!section.isEmpty() && entry != null) {
      entry.writeEndArray();
      endEntry();
    }
  }

  private JsonGenerator startEntry(String name) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    entry = JSON.createGenerator((OutputStream) zip, JsonEncoding.UTF8);
    return entry;
  }

  private void endEntry() throws IOException {
    entry.close();
    entry = null;
    zip.closeEntry();
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
