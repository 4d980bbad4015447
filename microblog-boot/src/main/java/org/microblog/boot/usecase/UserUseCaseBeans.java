package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.user.FollowListQuery;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.in.user.LikersAndBoostersQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.RecordActivityUseCase;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.application.port.in.user.UnfollowUserUseCase;
import org.microblog.application.port.in.user.UpdateProfileUseCase;

/** The use cases of {@code port.in.user} (registering, profiles and follows) as beans. */
@Factory
final class UserUseCaseBeans {

  @Singleton
  RegisterUserUseCase registerUser(Microblog microblog) {
    return microblog.registerUser();
  }

  @Singleton
  UpdateProfileUseCase updateProfile(Microblog microblog) {
    return microblog.updateProfile();
  }

  @Singleton
  FollowUserUseCase followUser(Microblog microblog) {
    return microblog.followUser();
  }

  @Singleton
  UnfollowUserUseCase unfollowUser(Microblog microblog) {
    return microblog.unfollowUser();
  }

  @Singleton
  RecordActivityUseCase recordActivity(Microblog microblog) {
    return microblog.recordActivity();
  }

  @Singleton
  ProfileQuery profiles(Microblog microblog) {
    return microblog.profiles();
  }

  @Singleton
  FollowListQuery followLists(Microblog microblog) {
    return microblog.followLists();
  }

  // Client API statuses (issue 14)
  @Singleton
  LikersAndBoostersQuery likersAndBoosters(Microblog microblog) {
    return microblog.likersAndBoosters();
  }
}
