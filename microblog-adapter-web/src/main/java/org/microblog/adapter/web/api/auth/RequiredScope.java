package org.microblog.adapter.web.api.auth;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scope an API endpoint needs, e.g. {@code read:statuses}: a request without a live
 * bearer token is refused with 401, one whose token lacks the scope with 403 ({@link ScopeRule}).
 * With {@link #user()} (the default) the token must act for a person, not for the app alone. The
 * OpenAPI document marks every such endpoint as needing the bearer scheme.
 */
@SecurityRequirement(name = "bearer")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiredScope {
  /** The scope, as Mastodon names it. */
  String value();

  /** Whether a person must stand behind the token (false for app-level endpoints). */
  boolean user() default true;
}
