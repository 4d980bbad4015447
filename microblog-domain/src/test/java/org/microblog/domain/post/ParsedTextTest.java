package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.post.Token.Hashtag;
import org.microblog.domain.post.Token.Link;
import org.microblog.domain.post.Token.Mention;
import org.microblog.domain.post.Token.Plain;
import org.microblog.domain.user.Username;

class ParsedTextTest {

  private static Mention mention(String name) {
    return new Mention(new Username(name));
  }

  private static Hashtag hashtag(String name) {
    return new Hashtag(new Tag(name));
  }

  @Test
  void splitsMentionsTagsAndLinksFromPlainText() {
    ParsedText parsed = ParsedText.parse("hi @alice, see #Java at https://example.org/x now");

    assertThat(parsed.tokens())
        .containsExactly(
            new Plain("hi "),
            mention("alice"),
            new Plain(", see "),
            hashtag("Java"),
            new Plain(" at "),
            new Link("https://example.org/x"),
            new Plain(" now"));
  }

  @Test
  void findsTokensAtTheVeryStartAndEnd() {
    assertThat(ParsedText.parse("@alice #tag").tokens())
        .containsExactly(mention("alice"), new Plain(" "), hashtag("tag"));
    assertThat(ParsedText.parse("http://a.example").tokens())
        .containsExactly(new Link("http://a.example"));
  }

  @Test
  void emptyOrMissingTextHasNoTokens() {
    assertThat(ParsedText.parse("").tokens()).isEmpty();
    assertThat(ParsedText.parse(null).tokens()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"@bob.", "@bob,", "@bob!", "@bob?", "@bob:", "@bob)", "@bob's", "@bob…"})
  void leavesTrailingPunctuationOutOfAMention(String text) {
    List<Token> tokens = ParsedText.parse(text).tokens();

    assertThat(tokens.get(0)).isEqualTo(mention("bob"));
    assertThat(tokens.get(1)).isEqualTo(new Plain(text.substring(4)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mail a@bob.example",
        "x@alice",
        "@al",
        "@a234567890123456789012345678901",
        "@alicé",
        "@bob@remote.example",
        "path/@alice",
        "@",
        "@ alice",
        "@bob\u0301"
      })
  void findsNoMentionInAddressesWrongLengthsOrWordsThatGoOn(String text) {
    assertThat(ParsedText.parse(text).mentions()).isEmpty();
  }

  @Test
  void mentionsAreDistinctIgnoringCaseInFirstOrder() {
    ParsedText parsed = ParsedText.parse("@Carol @bob @carol (@BOB) @dave");

    assertThat(parsed.mentions())
        .containsExactly(new Username("Carol"), new Username("bob"), new Username("dave"));
  }

  @Test
  void mentionAfterPunctuationOrOpeningBracketCounts() {
    assertThat(ParsedText.parse("(@alice) \"@bob\" —@carol").mentions())
        .extracting(Username::value)
        .containsExactly("alice", "bob", "carol");
  }

  @ParameterizedTest
  @ValueSource(strings = {"#tag.", "#tag,", "#tag!", "#tag?", "#tag)", "#tag's", "#tag-x"})
  void leavesTrailingPunctuationOutOfATag(String text) {
    List<Token> tokens = ParsedText.parse(text).tokens();

    assertThat(tokens.get(0)).isEqualTo(hashtag("tag"));
    assertThat(tokens.get(1)).isEqualTo(new Plain(text.substring(4)));
  }

  @Test
  void tagsInOtherScriptsAndRightToLeftText() {
    ParsedText parsed = ParsedText.parse("#日本語 и #русский, שלום #עברית! #हिन्दी #مرحبا");

    assertThat(parsed.tags())
        .extracting(Tag::name)
        .containsExactly("日本語", "русский", "עברית", "हिन्दी", "مرحبا");
  }

  @Test
  void tagsAreDistinctByKeyKeepingTheFirstSpelling() {
    ParsedText parsed = ParsedText.parse("#Java #JAVA #java #caf\u00e9 #cafe\u0301 #Kotlin");

    assertThat(parsed.tags()).extracting(Tag::name).containsExactly("Java", "caf\u00e9", "Kotlin");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "we are #1",
        "issue#12",
        "&#39;quoted&#39;",
        "https://example.org/#anchor is a link",
        "#",
        "# spaced",
        "#\u0301mark",
        "/#path",
        "C#"
      })
  void findsNoTagWhereNoneWasMeant(String text) {
    assertThat(ParsedText.parse(text).tags()).isEmpty();
  }

  @Test
  void anOverlongTagRunStaysPlainText() {
    String text = "#" + "a".repeat(Tag.MAX_LENGTH + 1);

    assertThat(ParsedText.parse(text).tokens()).containsExactly(new Plain(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "see https://example.org/a.",
        "see https://example.org/a,",
        "see https://example.org/a;",
        "see https://example.org/a:",
        "see https://example.org/a!",
        "see https://example.org/a?",
        "see https://example.org/a...",
        "(see https://example.org/a)",
        "\"see https://example.org/a\""
      })
  void leavesSentencePunctuationAndAnUnopenedParenthesisOutOfALink(String text) {
    assertThat(ParsedText.parse(text).links()).containsExactly("https://example.org/a");
  }

  @Test
  void keepsBalancedParenthesesAndQueriesInALink() {
    String wiki = "https://en.wikipedia.org/wiki/Java_(programming_language)";

    assertThat(ParsedText.parse("(read " + wiki + ")").links()).containsExactly(wiki);
    assertThat(ParsedText.parse("https://x.example/s?q=a&b=c#top ok").links())
        .containsExactly("https://x.example/s?q=a&b=c#top");
  }

  @Test
  void linksInAnyCaseButOnlyHttpAndHttps() {
    assertThat(ParsedText.parse("HTTPS://Example.org/A").links())
        .containsExactly("HTTPS://Example.org/A");
    assertThat(
            ParsedText.parse(
                    "javascript:alert(1) ftp://x.example data:text/html,x xhttp://a.example http://")
                .links())
        .isEmpty();
  }

  @Test
  void aLinkStopsAtInvisibleAndMarkupCharacters() {
    assertThat(ParsedText.parse("https://a.example\u200Bevil").links())
        .containsExactly("https://a.example");
    assertThat(ParsedText.parse("https://a.example\u202Egpj.exe").links())
        .containsExactly("https://a.example");
    assertThat(ParsedText.parse("https://a.example/<script>").links())
        .containsExactly("https://a.example/");
    assertThat(ParsedText.parse("https://a.example\u00A0next").links())
        .containsExactly("https://a.example");
  }

  @Test
  void mentionsAndTagsInsideALinkBelongToTheLink() {
    ParsedText parsed = ParsedText.parse("https://social.example/@alice/tags#java");

    assertThat(parsed.mentions()).isEmpty();
    assertThat(parsed.tags()).isEmpty();
    assertThat(parsed.links()).containsExactly("https://social.example/@alice/tags#java");
  }

  @Test
  void parsesAContentWarningLikeABody() {
    ParsedText parsed = ParsedText.of(new ContentWarning("#spoilers for @alice"));

    assertThat(parsed.tags()).extracting(Tag::name).containsExactly("spoilers");
    assertThat(parsed.mentions()).containsExactly(new Username("alice"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain text only",
        "  leading and trailing spaces  \n",
        "@@@@ ### @a #_ http:// https://",
        "emoji \uD83D\uDE00#tag\uD83D\uDE00 @bob\uD83D\uDE00",
        "lone surrogates \uD800 #a\uDC00 @bob\uD800",
        "rtl \u202Eevil\u202C mark \u200F #tag\u200D @bob\u200C",
        "tab\t#x\r\n@carol\nhttps://a.example/\t",
        "a@b.c #1 C# (https://a.example/(x)))"
      })
  void joiningTheTokensGivesBackTheTextExactly(String text) {
    ParsedText parsed = ParsedText.parse(text);

    assertThat(parsed.source()).isEqualTo(text);
    for (int i = 1; i < parsed.tokens().size(); i++) {
      assertThat(
              parsed.tokens().get(i - 1) instanceof Plain
                  && parsed.tokens().get(i) instanceof Plain)
          .as("plain text between tokens is one token")
          .isFalse();
    }
  }
}
