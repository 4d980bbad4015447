package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.domain.user.UserId;

class NewPostTest {
  private static NewPost post(String body, String warning) {
    return new NewPost(
        new UserId(1),
        new PostText(body),
        Instant.EPOCH,
        Optional.empty(),
        new ContentWarning(warning),
        Optional.empty());
  }

  @Test
  void isFiledUnderTheTagsOfItsBodyEachOnceAsFirstWritten() {
    NewPost post = post("#Java and #java, #日本語 then #JAVA again; not a#tag nor #1", "");

    assertThat(post.tags()).containsExactly(new Tag("Java"), new Tag("日本語"));
  }

  @Test
  void aContentWarningFilesNothing() {
    assertThat(post("the ending", "#spoilers for #film").tags()).isEmpty();
  }

  @Test
  void tagsAtTheEdgesAndBesidePunctuationCount() {
    assertThat(post("#start (#inside), #end.", "").tags())
        .extracting(Tag::key)
        .containsExactly("start", "inside", "end");
  }
}
