package org.microblog.application.service.language;

import org.microblog.application.port.in.language.ChooseLanguageCommand;
import org.microblog.application.port.in.language.ChooseLanguageUseCase;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.application.service.login.ViewerChanges;

/**
 * Stores the account's language. The login check carries the language to every page from its memory
 * of the login, so that memory is told at once (here and, through the event bus, on every other
 * instance): the next page speaks the new language.
 */
public final class ChooseLanguageService implements ChooseLanguageUseCase {
  private final SaveUserPort users;
  private final ViewerChanges changes;

  public ChooseLanguageService(SaveUserPort users, ViewerChanges changes) {
    this.users = users;
    this.changes = changes;
  }

  @Override
  public void choose(ChooseLanguageCommand command) {
    users.updateLanguage(command.user(), command.language());
    changes.accountChanged(command.user());
  }
}
