package org.microblog.adapter.web.settings;

import io.micronaut.serde.annotation.Serdeable;
import org.microblog.domain.post.Post;

/**
 * One post in the export file.
 *
 * @param publishedAt ISO-8601 in UTC
 */
@Serdeable
public record ExportedPost(long id, String text, String publishedAt) {
  static ExportedPost of(Post post) {
    return new ExportedPost(post.id().value(), post.text().value(), post.publishedAt().toString());
  }
}
