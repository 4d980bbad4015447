package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Mute;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostEdit;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.User;

/**
 * {@code SearchPort} over what {@code SavePostPort}, {@code PostVersionPort} and {@code
 * SaveUserPort} store: words ignoring case and accents, every word, exclusions, phrases where the
 * store matches them, newest first by keyset, capped counts, and only the live posts of findable
 * accounts.
 */
public abstract class SearchPortContract extends PortContract {
  private boolean exactPhrases;

  @BeforeEach
  void capabilities(SearchCapabilities capabilities) {
    exactPhrases = capabilities.exactPhrases();
  }

  @Test
  void findsPostsHoldingEveryWordIgnoringCaseAndAccentsNewestFirst() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post first = publish(alice, "Un café noir, s'il vous plaît");
    publish(bob, "Juste un CAFÉ");
    Post second = publish(bob, "NOIR comme un cafe\u0301 #Cafe");
    publish(alice, "cafétéria noire");

    assertThat(posts("Cafe noir")).containsExactly(second.id(), first.id());
    assertThat(posts("CAFÉ")).hasSize(3);
    assertThat(posts("thé")).isEmpty();
    assertThat(count("café", 100)).isEqualTo(3);
    assertThat(count("café", 2)).as("counting stops at the limit").isEqualTo(2);
  }

  @Test
  void excludedWordsLeavePostsOut() {
    User alice = register("alice", "alice@example.org");
    Post plain = publish(alice, "coffee black");
    publish(alice, "coffee with Sugar");

    assertThat(posts("coffee -sugar")).containsExactly(plain.id());
    assertThat(count("coffee -sugar", 100)).isEqualTo(1);
  }

  @Test
  void phrasesMatchTheirWordsInARowWhereTheStoreCan() {
    User alice = register("alice", "alice@example.org");
    Post phrase = publish(alice, "I love open source software");
    Post scattered = publish(alice, "the source is open");

    if (exactPhrases) {
      assertThat(posts("\"open source\"")).containsExactly(phrase.id());
      assertThat(posts("source -\"open source\"")).containsExactly(scattered.id());
    } else {
      assertThat(posts("\"open source\"")).containsExactly(scattered.id(), phrase.id());
    }
  }

  @Test
  void leavesOutBoostsDeletedPostsAndAccountsThatOptedOut() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post kept = publish(alice, "hidden treasure");
    boost(bob, kept);
    Post deleted = publish(alice, "treasure gone");
    reply(bob, deleted, "an answer keeps the tombstone", "");
    store.savePosts().delete(deleted.id());
    publish(bob, "bob's treasure");

    store.saveUsers().updateProfile(bob.id(), bob.username(), AboutMe.empty(), false);

    assertThat(posts("treasure")).containsExactly(kept.id());
    assertThat(count("treasure", 100)).isEqualTo(1);
    assertThat(people("bob")).extracting(p -> p.username().value()).containsExactly("bob");
  }

  @Test
  void anEditedPostIsFoundByItsNewWordsOnly() {
    User alice = register("alice", "alice@example.org");
    Post post = publish(alice, "first words");
    PostVersion current = store.postVersions().current(post.id()).orElseThrow();

    store
        .postVersions()
        .replace(
            new PostEdit(
                    post.authorId(), new PostText("second thoughts"), ContentWarning.none(), T0)
                .applyTo(post, current));

    assertThat(posts("second")).containsExactly(post.id());
    assertThat(posts("first")).isEmpty();
  }

  @Test
  void pagesByKeysetOlderAndNewer() {
    User alice = register("alice", "alice@example.org");
    List<PostId> matching = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      matching.add(publish(alice, "needle number " + i).id());
      publish(alice, "haystack number " + i);
    }
    Collections.reverse(matching);
    SearchQuery query = new SearchQuery("needle");

    List<PostView> first = search(query, PageRequest.first());
    List<PostView> rest = search(query, PageRequest.olderThan(first.get(19).id().value()));
    List<PostView> back = search(query, PageRequest.newerThan(rest.get(0).id().value()));

    assertThat(first).extracting(PostView::id).containsExactlyElementsOf(matching.subList(0, 21));
    assertThat(rest).extracting(PostView::id).containsExactlyElementsOf(matching.subList(20, 25));
    assertThat(back).extracting(PostView::id).startsWith(matching.get(19), matching.get(18));
  }

  @Test
  void findsPeopleByUsernameOrAboutMeEveryWordAtMostMax() {
    User alice = register("alice_smith", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    register("carol", "carol@example.org");
    store.saveUsers().updateProfile(bob.id(), bob.username(), new AboutMe("Smith & Café"), true);

    assertThat(people("SMITH"))
        .extracting(p -> p.username().value())
        .containsExactly(alice.username().value(), "bob");
    assertThat(people("smith cafe"))
        .extracting(p -> p.about().value())
        .containsExactly("Smith & Café");
    assertThat(store.search().people(new SearchQuery("smith"), 1)).hasSize(1);
    assertThat(people("smith -cafe"))
        .extracting(p -> p.username().value())
        .containsExactly("alice_smith");
  }

  @Test
  void aViewerFindsNothingByPeopleAcrossABlockOrMutedAndOthersFindItAll() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    User dave = register("dave", "dave@example.org");
    Post bobs = publish(bob, "zeppelin by bob");
    Post carols = publish(carol, "zeppelin by carol");
    Post daves = publish(dave, "zeppelin by dave");
    store.blocks().block(new Block(alice.id(), bob.id()));
    store.blocks().block(new Block(carol.id(), alice.id()));
    store.blocks().mute(new Mute(alice.id(), dave.id()));
    SearchQuery zeppelin = new SearchQuery("zeppelin");

    assertThat(store.search().posts(zeppelin, Optional.of(alice.id()), PageRequest.first()))
        .isEmpty();
    assertThat(store.search().countPosts(zeppelin, Optional.of(alice.id()), 100)).isZero();
    assertThat(
            store.search().posts(zeppelin, Optional.of(dave.id()), PageRequest.first()).stream()
                .map(PostView::id))
        .containsExactly(daves.id(), carols.id(), bobs.id());
    assertThat(posts("zeppelin")).hasSize(3);
  }

  private List<PostId> posts(String query) {
    return search(new SearchQuery(query), PageRequest.first()).stream().map(PostView::id).toList();
  }

  private List<PostView> search(SearchQuery query, PageRequest page) {
    return store.search().posts(query, Optional.empty(), page);
  }

  private long count(String query, long limit) {
    return store.search().countPosts(new SearchQuery(query), Optional.empty(), limit);
  }

  private List<PersonMatch> people(String query) {
    return store.search().people(new SearchQuery(query), 5);
  }
}
