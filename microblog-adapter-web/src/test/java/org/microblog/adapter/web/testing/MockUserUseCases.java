package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.user.FollowListQuery;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.in.user.LikersAndBoostersQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.RecordActivityUseCase;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.application.port.in.user.UnfollowUserUseCase;
import org.microblog.application.port.in.user.UpdateProfileUseCase;

/** The use cases of {@code port.in.user} (registering, profiles and follows) as Mockito mocks. */
@Factory
final class MockUserUseCases {

  @Singleton
  RegisterUserUseCase registerUser() {
    return mock(RegisterUserUseCase.class);
  }

  @Singleton
  FollowUserUseCase followUser() {
    return mock(FollowUserUseCase.class);
  }

  @Singleton
  UnfollowUserUseCase unfollowUser() {
    return mock(UnfollowUserUseCase.class);
  }

  @Singleton
  UpdateProfileUseCase updateProfile() {
    return mock(UpdateProfileUseCase.class);
  }

  @Singleton
  RecordActivityUseCase recordActivity() {
    return mock(RecordActivityUseCase.class);
  }

  @Singleton
  FollowListQuery followLists() {
    return mock(FollowListQuery.class);
  }

  @Singleton
  ProfileQuery profiles() {
    return mock(ProfileQuery.class);
  }

  // Client API statuses (issue 14)
  @Singleton
  LikersAndBoostersQuery likersAndBoosters() {
    return mock(LikersAndBoostersQuery.class);
  }
}
