package org.microblog.adapter.persistence.user;

import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.microblog.adapter.persistence.support.UserValueMappings;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Between {@code users} rows and domain records; value objects map through their one field. An
 * unmapped target fails the build, so a new column or record component cannot be dropped silently.
 */
@Mapper(
    componentModel = "jakarta",
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    uses = UserValueMappings.class)
interface UserEntityMapper {

  User toDomain(UserEntity entity);

  @Mapping(
      target = "relation",
      expression =
          "java(new org.microblog.application.port.in.block.Relation("
              + "row.viewerBlocks(), row.blocksViewer(), row.viewerMutes()))")
  @Mapping(
      target = "lastPostAt",
      expression = "java(java.util.Optional.ofNullable(row.lastPostAt()))")
  ProfileView toProfileView(ProfileRow row);

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "usernameKey", source = "username", qualifiedByName = "usernameKey")
  @Mapping(target = "emailKey", source = "email", qualifiedByName = "emailKey")
  @Mapping(target = "about", constant = "")
  @Mapping(target = "memberSince", source = "registeredAt")
  @Mapping(target = "lastSeen", source = "registeredAt")
  @Mapping(target = "emailVerified", constant = "false")
  @Mapping(target = "postsFindable", constant = "true")
  UserEntity toEntity(NewUser user);

  @Named("usernameKey")
  default String usernameKey(Username username) {
    return username.canonical();
  }

  @Named("emailKey")
  default String emailKey(EmailAddress email) {
    return email.canonical();
  }

  default UserId userId(Long id) {
    return new UserId(id);
  }

  default PasswordHash passwordHash(String value) {
    return new PasswordHash(value);
  }

  default String passwordHash(PasswordHash hash) {
    return hash.value();
  }

  default AboutMe about(String value) {
    return new AboutMe(value);
  }

  default Optional<Language> language(String code) {
    return Language.find(code);
  }

  default String language(Optional<Language> language) {
    return language.map(Language::code).orElse(null);
  }
}
