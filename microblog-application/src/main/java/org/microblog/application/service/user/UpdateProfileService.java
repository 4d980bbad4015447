package org.microblog.application.service.user;

import org.microblog.application.port.in.user.UpdateProfileCommand;
import org.microblog.application.port.in.user.UpdateProfileUseCase;
import org.microblog.application.port.out.user.SaveUserPort;

/** Stores a new username and about me; the store refuses a username someone else holds. */
public final class UpdateProfileService implements UpdateProfileUseCase {
  private final SaveUserPort users;

  public UpdateProfileService(SaveUserPort users) {
    this.users = users;
  }

  @Override
  public void update(UpdateProfileCommand command) {
    users.updateProfile(
        command.user(), command.username(), command.about(), command.postsFindable());
  }
}
