package org.microblog.adapter.web.form;

import java.util.function.Function;
import java.util.function.Supplier;
import org.microblog.domain.shared.DomainException;

/**
 * Values named by a URL's path (a username, a login's id). A path segment that breaks the value's
 * rules names nothing that can exist, so it gets the answer a well-formed name of nothing gets: the
 * "unknown" refusal, which the common error path shows as the 404 page with its sentence. (A form's
 * values are different: their rules are explained beside the field, see {@link FormErrors}.)
 */
public final class PathValues {
  private PathValues() {}

  public static <T> T parse(
      String segment, Function<String, T> build, Supplier<DomainException> unknown) {
    try {
      return build.apply(segment);
    } catch (DomainException malformed) {
      throw unknown.get();
    }
  }
}
