package org.microblog.application.port.in.language;

/**
 * A person chooses the language of their pages and mails (from the switcher or their profile
 * settings), or goes back to none, so that their browser's applies again.
 */
public interface ChooseLanguageUseCase {
  /** Stores the choice; the person's next page speaks it, on every instance. */
  void choose(ChooseLanguageCommand command);
}
