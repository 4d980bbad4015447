package org.microblog.adapter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Interaction;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.Tag;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.twofactor.RecoveryCode;
import org.microblog.domain.twofactor.TotpCode;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.Username;

/**
 * Sentences that come with their English text only find their bundle key by that text: a rule the
 * domain words two ways, a value built into a sentence, a sentence no bundle knows.
 */
class KnownSentencesTest {
  private final Translations translations = new Translations();

  private String spanish(DomainException refusal) {
    return translations.text(Language.SPANISH, Phrase.rule(refusal.key(), refusal.getMessage()));
  }

  private static DomainException refusal(Runnable rule) {
    try {
      rule.run();
    } catch (DomainException refused) {
      return refused;
    }
    throw new AssertionError("the rule did not refuse");
  }

  @Test
  void aRuleWithOneWordingIsItsKey() {
    DomainException refused = refusal(() -> new Username("a!b"));

    assertThat(spanish(refused))
        .isEqualTo("El nombre de usuario solo puede contener letras, dígitos y guiones bajos.");
  }

  @Test
  void eachWordingOfAKeyHasItsOwnText() {
    DomainException post = refusal(() -> new PostText("x".repeat(PostText.MAX_LENGTH + 1)));
    DomainException message =
        refusal(() -> new MessageBody("x".repeat(MessageBody.MAX_LENGTH + 1)));

    assertThat(post.key()).isEqualTo(message.key());
    assertThat(spanish(post)).isEqualTo("Una publicación puede tener como máximo 280 caracteres.");
    assertThat(spanish(message)).isEqualTo("Un mensaje puede tener como máximo 1000 caracteres.");
  }

  @Test
  void theBundlesEnglishIsTheDomainsOwnSentence() {
    List<DomainException> refusals = new ArrayList<>();
    refusals.addAll(
        List.of(
            refusal(() -> new Password("short")),
            refusal(() -> new Password("password")),
            refusal(() -> Password.confirmed("long enough", "other")),
            refusal(() -> new Username("ab")),
            refusal(() -> new EmailAddress("nope")),
            refusal(() -> new EmailAddress("")),
            refusal(() -> new AboutMe("x".repeat(AboutMe.MAX_LENGTH + 1))),
            refusal(() -> new PostText(" ")),
            refusal(() -> new MessageBody(" ")),
            refusal(() -> new ContentWarning("x".repeat(ContentWarning.MAX_LENGTH + 1))),
            refusal(() -> new SearchQuery("x".repeat(SearchQuery.MAX_LENGTH + 1))),
            refusal(() -> new SearchQuery(manyWords())),
            refusal(() -> new SearchQuery("a\u0001b")),
            refusal(() -> new SearchQuery("-excluded")),
            refusal(() -> TotpCode.typed("abc")),
            refusal(() -> RecoveryCode.typed("!")),
            Tag.unknown(),
            EmailAddress.taken()));
    for (TokenPurpose purpose : TokenPurpose.values()) {
      refusals.add(AccountToken.used(purpose));
      refusals.add(AccountToken.unknown(purpose));
    }
    for (Interaction interaction : Interaction.values()) {
      refusals.add(Block.refuse(interaction));
    }
    for (DomainException refused : refusals) {
      Phrase phrase = Phrase.rule(refused.key(), refused.getMessage());
      assertThat(translations.text(Language.ENGLISH, phrase)).isEqualTo(refused.getMessage());
      assertThat(spanish(refused)).as(refused.getMessage()).isNotEqualTo(refused.getMessage());
    }
  }

  private static String manyWords() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i <= SearchQuery.MAX_WORDS; i++) {
      words.append("word").append((char) ('a' + i)).append(' ');
    }
    return words.toString();
  }

  @Test
  void aValueInTheSentenceIsReadBackOut() {
    Phrase unknown = Phrase.rule("user.unknown", "User bob_2 does not exist.");

    assertThat(translations.text(Language.GERMAN, unknown))
        .isEqualTo("Den Benutzer bob_2 gibt es nicht.");
  }

  @Test
  void aSentenceNoBundleKnowsIsShownAsItIs() {
    Phrase unknown = Phrase.rule("body.length", "A novel must be short.");

    assertThat(translations.text(Language.SPANISH, unknown)).isEqualTo("A novel must be short.");
  }

  @Test
  void aPhraseInsideAPhraseIsTranslatedToo() {
    Phrase refused =
        Phrase.of(
            "error.message.oauthRefused", Phrase.known("rule.oauth", "The state is too long."));

    assertThat(translations.text(Language.SPANISH, refused))
        .isEqualTo(
            "No se puede autorizar la solicitud de esta aplicación: "
                + "El parámetro state es demasiado largo.");
  }
}
