package org.microblog.adapter.web.api.entity;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.card.TextPart;
import org.microblog.adapter.web.card.TextParts;
import org.microblog.adapter.web.view.HtmlEscaping;
import org.microblog.adapter.web.view.Links;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.MentionedAccount;
import org.microblog.application.port.in.post.PostView;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.post.PostLanguage;

/**
 * A post as Mastodon's Status. Its content is built from the same {@link TextParts} as the post
 * cards (escaped text; mentions of existing accounts, tags and links as links, people's links with
 * {@code rel="nofollow noopener ugc"}), in one paragraph with line breaks as {@code <br>}.
 */
@Singleton
public final class StatusMapper {
  private static final HtmlEscaping ESCAPING = new HtmlEscaping();
  private final ApiUrls urls;

  StatusMapper(ApiUrls urls) {
    this.urls = urls;
  }

  /**
   * @param parent the post it answers and that post's author, when known
   * @param links which mentions link (accounts not across a block from the author), and the
   *     accounts behind them: the status's mentions
   */
  public StatusJson toJson(PostView post, AccountJson author, Parent parent, MentionLinks links) {
    ParsedText text = ParsedText.of(post.text());
    String url = urls.absolute("/posts/" + post.id().value());
    return new StatusJson(
        Long.toString(post.id().value()),
        url,
        url,
        ApiTime.of(post.publishedAt()),
        post.editedAt().map(ApiTime::of).orElse(null),
        parent.postId(),
        parent.accountId(),
        !post.warning().isEmpty(),
        post.warning().value(),
        "public",
        post.language().map(PostLanguage::code).orElse(null),
        post.replyCount(),
        post.boostCount(),
        post.likeCount(),
        content(text, links.linkableFrom(post.authorId())),
        null,
        author,
        List.of(),
        links.linkedAccounts(post.authorId(), text.mentions()).stream().map(this::mention).toList(),
        text.tags().stream()
            .map(tag -> new StatusJson.TagJson(tag.name(), urls.absolute(Links.tag(tag.name()))))
            .toList(),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private StatusJson.MentionJson mention(MentionedAccount account) {
    String name = account.username().value();
    return new StatusJson.MentionJson(
        Long.toString(account.id().value()), name, urls.absolute(Links.profile(name)), name);
  }

  /** The HTML of what a post says: {@code linkable} are the canonical names whose mentions link. */
  String content(ParsedText said, Set<String> linkable) {
    List<TextPart> parts = TextParts.of(said, linkable);
    StringBuilder html = new StringBuilder("<p>");
    for (TextPart part : parts) {
      String text = escape(part.text()).replace("\n", "<br>");
      if (part.href() == null) {
        html.append(text);
      } else {
        html.append("<a href=\"").append(escape(urls.absolute(part.href()))).append('"');
        if (part.rel() != null) {
          html.append(" rel=\"").append(escape(part.rel())).append('"');
        }
        html.append('>').append(text).append("</a>");
      }
    }
    return html.append("</p>").toString();
  }

  private static String escape(String text) {
    return ESCAPING.escape(text).toString();
  }

  /** The post a status answers, as ids, or none (both null). */
  public record Parent(String postId, String accountId) {
    public static final Parent NONE = new Parent(null, null);
  }
}
