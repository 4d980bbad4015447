package org.microblog.boot;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.microblog.application.port.in.AccountQuery;
import org.microblog.application.port.in.AuthenticateUserUseCase;
import org.microblog.application.port.in.DeletePostUseCase;
import org.microblog.application.port.in.FollowUserUseCase;
import org.microblog.application.port.in.ProfileQuery;
import org.microblog.application.port.in.PublishPostUseCase;
import org.microblog.application.port.in.RecordActivityUseCase;
import org.microblog.application.port.in.RegisterUserUseCase;
import org.microblog.application.port.in.TimelineQuery;
import org.microblog.application.port.in.UnfollowUserUseCase;
import org.microblog.application.port.in.UpdateProfileUseCase;
import org.microblog.application.port.out.FollowPort;
import org.microblog.application.port.out.LoadPostPort;
import org.microblog.application.port.out.LoadProfilePort;
import org.microblog.application.port.out.LoadTimelinePort;
import org.microblog.application.port.out.LoadUserPort;
import org.microblog.application.port.out.PasswordHasher;
import org.microblog.application.port.out.RecordLastSeenPort;
import org.microblog.application.port.out.SavePostPort;
import org.microblog.application.port.out.SaveUserPort;
import org.microblog.application.service.AccountService;
import org.microblog.application.service.AuthenticateUserService;
import org.microblog.application.service.DeletePostService;
import org.microblog.application.service.FollowUserService;
import org.microblog.application.service.ProfileService;
import org.microblog.application.service.PublishPostService;
import org.microblog.application.service.RecordActivityService;
import org.microblog.application.service.RegisterUserService;
import org.microblog.application.service.TimelineService;
import org.microblog.application.service.UnfollowUserService;
import org.microblog.application.service.UpdateProfileService;

/**
 * Wires the framework-free use cases to the adapters' ports, so that the application module needs
 * no Micronaut annotations.
 */
@Factory
final class UseCaseFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  PasswordHasher passwordHasher(@Value("${microblog.password.bcrypt-cost:10}") int cost) {
    return new BcryptPasswordHasher(cost);
  }

  @Singleton
  RegisterUserUseCase registerUser(SaveUserPort users, PasswordHasher hasher, Clock clock) {
    return new RegisterUserService(users, hasher, clock);
  }

  @Singleton
  AuthenticateUserUseCase authenticateUser(LoadUserPort users, PasswordHasher hasher) {
    return new AuthenticateUserService(users, hasher);
  }

  @Singleton
  PublishPostUseCase publishPost(SavePostPort posts, Clock clock) {
    return new PublishPostService(posts, clock);
  }

  @Singleton
  DeletePostUseCase deletePost(LoadPostPort loadPosts, SavePostPort savePosts) {
    return new DeletePostService(loadPosts, savePosts);
  }

  @Singleton
  FollowUserUseCase followUser(LoadUserPort users, FollowPort follows) {
    return new FollowUserService(users, follows);
  }

  @Singleton
  UnfollowUserUseCase unfollowUser(LoadUserPort users, FollowPort follows) {
    return new UnfollowUserService(users, follows);
  }

  @Singleton
  UpdateProfileUseCase updateProfile(SaveUserPort users) {
    return new UpdateProfileService(users);
  }

  @Singleton
  RecordActivityUseCase recordActivity(RecordLastSeenPort lastSeen, Clock clock) {
    return new RecordActivityService(lastSeen, clock);
  }

  @Singleton
  TimelineQuery timelines(LoadTimelinePort timelines) {
    return new TimelineService(timelines);
  }

  @Singleton
  ProfileQuery profiles(LoadProfilePort profiles) {
    return new ProfileService(profiles);
  }

  @Singleton
  AccountQuery accounts(LoadUserPort users) {
    return new AccountService(users);
  }
}
