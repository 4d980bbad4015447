package org.microblog.application.service;

import org.microblog.application.port.in.UpdateProfileCommand;
import org.microblog.application.port.in.UpdateProfileUseCase;
import org.microblog.application.port.out.SaveUserPort;

/** Stores a new username and about me; the store refuses a username someone else holds. */
public final class UpdateProfileService implements UpdateProfileUseCase {
  private final SaveUserPort users;

  public UpdateProfileService(SaveUserPort users) {
    this.users = users;
  }

  @Override
  public void update(UpdateProfileCommand command) {
    users.updateProfile(command.user(), command.username(), command.about());
  }
}
