package org.microblog.domain.shared;

import java.util.Objects;

/**
 * The one exception the domain throws when a rule is broken.
 *
 * <p>{@link #key()} is stable (adapters may map it to a form field: the part before the first dot
 * names the field), {@link #getMessage()} is the sentence a person reads, and {@link #kind()} says
 * what sort of refusal it is so that adapters can choose a status without parsing the key.
 */
public final class DomainException extends RuntimeException {

  /** What sort of refusal a rule violation is. */
  public enum Kind {
    /** The input breaks a rule of its own (too long, wrong characters). */
    INVALID,
    /** The input is valid but clashes with stored data (a taken username). */
    CONFLICT,
    /** The actor may not do this to someone else's data. */
    FORBIDDEN,
    /** What the input points at does not exist. */
    NOT_FOUND
  }

  private final Kind kind;
  private final String key;

  private DomainException(Kind kind, String key, String message) {
    super(message, null, false, false);
    this.kind = Objects.requireNonNull(kind);
    this.key = Objects.requireNonNull(key);
  }

  public static DomainException invalid(String key, String message) {
    return new DomainException(Kind.INVALID, key, message);
  }

  public static DomainException conflict(String key, String message) {
    return new DomainException(Kind.CONFLICT, key, message);
  }

  public static DomainException forbidden(String key, String message) {
    return new DomainException(Kind.FORBIDDEN, key, message);
  }

  public static DomainException notFound(String key, String message) {
    return new DomainException(Kind.NOT_FOUND, key, message);
  }

  public Kind kind() {
    return kind;
  }

  public String key() {
    return key;
  }

  /** The input field the rule is about: the key up to its first dot. */
  public String field() {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
