package org.microblog.domain.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.microblog.domain.shared.DomainException;

/**
 * A language the site speaks: a person's choice for pages and mails, and the default language of
 * their posts. English is the fallback for every text.
 */
public enum Language {
  ENGLISH("en", "English", "en-GB"),
  SPANISH("es", "Español", "es-ES"),
  GERMAN("de", "Deutsch", "de-DE");

  private final String code;
  private final String nativeName;
  private final Locale locale;

  Language(String code, String nativeName, String localeTag) {
    this.code = code;
    this.nativeName = nativeName;
    this.locale = Locale.forLanguageTag(localeTag);
  }

  /** The ISO 639-1 code, as in {@code <html lang>}: "en", "es", "de". */
  public String code() {
    return code;
  }

  /** The language's name in itself, as a switcher shows it: "Español". */
  public String nativeName() {
    return nativeName;
  }

  /** How dates and numbers are written: English as in Britain (day before month, 24 hours). */
  public Locale locale() {
    return locale;
  }

  /** The language of an ISO 639-1 code, in any case; empty for one the site does not speak. */
  public static Optional<Language> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
  }

  /** The language of a code a person chose, refusing one the site does not speak. */
  public static Language of(String code) {
    return find(code)
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "language.unsupported", "Choose English, Español or Deutsch."));
  }
}
