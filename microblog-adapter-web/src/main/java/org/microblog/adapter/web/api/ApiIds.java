package org.microblog.adapter.web.api;

import java.util.OptionalLong;

/** Ids in the API are numeric strings; anything else names no record. */
public final class ApiIds {
  private static final int MAX_DIGITS = 18;

  private ApiIds() {}

  /** The id, or {@link ApiError.NotFound} when it cannot name a record. */
  public static long of(String id) {
    return parse(id).orElseThrow(ApiError.NotFound::new);
  }

  /** A paging cursor: absent when null or blank, a 400 when not an id. */
  public static OptionalLong cursor(String name, String value) {
    if (value == null || value.isBlank()) {
      return OptionalLong.empty();
    }
    OptionalLong id = parse(value);
    if (id.isEmpty()) {
      throw new ApiError.BadParameter(name + " must be a status id");
    }
    return id;
  }

  /** The id, or empty when {@code id} cannot name a record (for refusals other than a 404). */
  public static OptionalLong parse(String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_DIGITS) {
      return OptionalLong.empty();
    }
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return OptionalLong.empty();
      }
    }
    long value = Long.parseLong(id);
    return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
  }
}
