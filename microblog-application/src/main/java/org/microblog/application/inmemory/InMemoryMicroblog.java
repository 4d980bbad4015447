package org.microblog.application.inmemory;

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
import org.microblog.application.port.out.PasswordHasher;
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
 * Every use case of Microblog wired over one {@link InMemoryStore}: the whole application in a
 * plain JVM program, with no framework and no database.
 *
 * <pre>{@code
 * InMemoryMicroblog blog = InMemoryMicroblog.create(Clock.systemUTC());
 * UserId alice = blog.registerUser().register(new RegisterUserCommand(...));
 * }</pre>
 */
public record InMemoryMicroblog(
    InMemoryStore store,
    RegisterUserUseCase registerUser,
    AuthenticateUserUseCase authenticateUser,
    PublishPostUseCase publishPost,
    DeletePostUseCase deletePost,
    FollowUserUseCase followUser,
    UnfollowUserUseCase unfollowUser,
    UpdateProfileUseCase updateProfile,
    RecordActivityUseCase recordActivity,
    TimelineQuery timelines,
    ProfileQuery profiles,
    AccountQuery accounts) {

  /** A light PBKDF2 work factor: enough for tests and demos, too little for a public server. */
  private static final int DEMO_ITERATIONS = 10_000;

  public static InMemoryMicroblog create(Clock clock) {
    return create(clock, new Pbkdf2PasswordHasher(DEMO_ITERATIONS));
  }

  public static InMemoryMicroblog create(Clock clock, PasswordHasher hasher) {
    InMemoryStore store = new InMemoryStore();
    return new InMemoryMicroblog(
        store,
        new RegisterUserService(store, hasher, clock),
        new AuthenticateUserService(store, hasher),
        new PublishPostService(store, clock),
        new DeletePostService(store, store),
        new FollowUserService(store, store),
        new UnfollowUserService(store, store),
        new UpdateProfileService(store),
        new RecordActivityService(store, clock),
        new TimelineService(store),
        new ProfileService(store),
        new AccountService(store));
  }
}
