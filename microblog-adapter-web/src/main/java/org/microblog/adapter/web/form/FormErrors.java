package org.microblog.adapter.web.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.domain.shared.DomainException;

/**
 * Collects the domain's messages for a form, one per field, so that a person sees every problem at
 * once rather than one per submission. The rules themselves stay in the domain.
 */
public final class FormErrors {
  private final Map<String, Phrase> byField = new LinkedHashMap<>();
  private final List<DomainException> refusals = new ArrayList<>();

  /** Builds a value, or records why it could not be built. */
  public <T> Optional<T> attempt(Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (DomainException violation) {
      add(violation);
      return Optional.empty();
    }
  }

  public FormErrors add(DomainException violation) {
    refusals.add(violation);
    byField.putIfAbsent(violation.field(), Phrase.rule(violation.key(), violation.getMessage()));
    return this;
  }

  public FormErrors add(String field, Phrase message) {
    byField.putIfAbsent(field, message);
    return this;
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  /** Field name to message, for templates: {@code {{t errors.username}}}. */
  public Map<String, Phrase> asMap() {
    return byField;
  }

  /** The first message, for a page that shows one sentence above its buttons. */
  public Optional<Phrase> first() {
    return byField.values().stream().findFirst();
  }

  /** The first recorded refusal that {@code matches}, in the order they were recorded. */
  Optional<DomainException> firstRefusal(Predicate<DomainException> matches) {
    return refusals.stream().filter(matches).findFirst();
  }
}
