package org.microblog.adapter.persistence.support;

import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * The user value objects that several tables store (ids, usernames, addresses), each through its
 * one field. The table mappers name this class in {@code @Mapper(uses = ...)} instead of each
 * writing the same conversions.
 */
public final class UserValueMappings {
  private UserValueMappings() {}

  public static UserId userId(long id) {
    return new UserId(id);
  }

  public static long userId(UserId id) {
    return id.value();
  }

  public static Username username(String value) {
    return new Username(value);
  }

  public static String username(Username username) {
    return username.value();
  }

  public static EmailAddress email(String value) {
    return new EmailAddress(value);
  }

  public static String email(EmailAddress email) {
    return email.value();
  }
}
