package org.microblog.boot.jobs;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.microblog.domain.post.Post;

/**
 * The posts of an export as an ActivityStreams 2.0 outbox (an OrderedCollection of Create
 * activities whose objects are Notes), the form other servers' importers read. Ids and urls are the
 * posts' public addresses; the content is the post's text, escaped, as HTML paragraphs.
 */
final class OutboxWriter {
  static final String CONTEXT = "https://www.w3.org/ns/activitystreams";
  static final String PUBLIC = CONTEXT + "#Public";

  private final JsonGenerator json;
  private final String publicUrl;
  private String actor;
  private long count;

  OutboxWriter(JsonGenerator json, String publicUrl) {
    this.json = json;
    this.publicUrl = publicUrl;
  }

  /** Opens the collection for the account's actor; called once, before any note. */
  void actor(String username) throws IOException {
    actor = publicUrl + "/users/" + username;
    json.writeStartObject();
    json.writeStringField("@context", CONTEXT);
    json.writeStringField("id", actor + "/outbox");
    json.writeStringField("type", "OrderedCollection");
    json.writeArrayFieldStart("orderedItems");
  }

  void note(Post post) throws IOException {
    String url = publicUrl + "/posts/" + post.id().value();
    String published = post.publishedAt().toString();
    json.writeStartObject();
    json.writeStringField("id", url + "#create");
    json.writeStringField("type", "Create");
    json.writeStringField("actor", actor);
    json.writeStringField("published", published);
    publicAudience();
    json.writeObjectFieldStart("object");
    json.writeStringField("id", url);
    json.writeStringField("type", "Note");
    json.writeStringField("url", url);
    json.writeStringField("attributedTo", actor);
    json.writeStringField("published", published);
    publicAudience();
    json.writeStringField("content", html(post.text().value()));
    json.writeEndObject();
    json.writeEndObject();
    count++;
  }

  /** Ends the list with the number of items (which only the end knows) and closes the file. */
  void close() throws IOException {
    json.writeEndArray();
    json.writeNumberField("totalItems", count);
    json.writeEndObject();
    json.close();
  }

  void closeQuietly() {
    try {
      json.close();
    } catch (IOException | RuntimeException ignored) {
      // Thrown away with the archive it belonged to.
    }
  }

  private void publicAudience() throws IOException {
    json.writeArrayFieldStart("to");
    json.writeString(PUBLIC);
    json.writeEndArray();
  }

  /** The text as HTML: escaped, paragraphs at blank lines, line breaks within them. */
  static String html(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    for (String paragraph : text.strip().split("\\R{2,}")) {
      html.append("<p>");
      String[] lines = paragraph.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          html.append("<br>");
        }
        escape(lines[i], html);
      }
      html.append("</p>");
    }
    return html.toString();
  }

  private static void escape(String text, StringBuilder into) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> into.append("&lt;");
        case '>' -> into.append("&gt;");
        case '&' -> into.append("&amp;");
        case '"' -> into.append("&quot;");
        case '\'' -> into.append("&#39;");
        default -> into.append(c);
      }
    }
  }
}
