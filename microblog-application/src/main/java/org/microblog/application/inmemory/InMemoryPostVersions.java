package org.microblog.application.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.out.post.PostVersionPort;
import org.microblog.domain.post.PostEdit;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostVersion;

/** Post versions in memory: the post row holds the current one, a list per post the earlier. */
public final class InMemoryPostVersions implements PostVersionPort {
  private final InMemoryTables tables;

  InMemoryPostVersions(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public Optional<PostVersion> current(PostId id) {
    return tables.locked(
        () ->
            Optional.ofNullable(tables.posts.get(id.value()))
                .filter(PostRow::live)
                .map(PostRow::currentVersion));
  }

  @Override
  public boolean replace(PostEdit.Edited edited) {
    PostId id = edited.current().postId();
    return tables.locked(
        () -> {
          PostRow row = tables.posts.get(id.value());
          if (row == null || !row.live() || !row.currentVersion().equals(edited.previous())) {
            return false;
          }
          tables.posts.put(id.value(), row.edited(edited));
          tables.versions.computeIfAbsent(id, key -> new ArrayList<>()).add(edited.previous());
          return true;
        });
  }

  @Override
  public List<PostVersion> earlier(PostId id, int max) {
    return tables.locked(
        () -> {
          List<PostVersion> oldestFirst = tables.versions.getOrDefault(id, List.of());
          List<PostVersion> newestFirst = new ArrayList<>(oldestFirst);
          java.util.Collections.reverse(newestFirst);
          return List.copyOf(newestFirst.subList(0, Math.min(max, newestFirst.size())));
        });
  }
}
