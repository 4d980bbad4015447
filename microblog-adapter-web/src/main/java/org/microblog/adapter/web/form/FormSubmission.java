package org.microblog.adapter.web.form;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.domain.shared.DomainException;

/**
 * The one way a controller handles what a person sends: a form, a button, a mailed link. The values
 * are built first, every rule's message kept beside its field ({@link FormErrors}); only then does
 * the use case run. Success answers as the action says (a 303 to the next page); a rule the use
 * case enforces (a taken name, a wrong password) re-renders the form with 422 (403 when it is
 * forbidden to the person asking, as across a block), and a mail that could not be sent with 503,
 * each message beside its field. Two kinds of refusal are not the form's to show: a mailed link
 * that does not work answers its own page ({@link #throughLink}), and refusals of kinds the form
 * does not show ({@link #showing}) take the common error path, as do a used-up budget (429) and
 * anything unexpected. No controller catches exceptions itself.
 */
public final class FormSubmission {
  /** What a person reads when the mail server could not take a mail. */
  public static final Phrase MAIL_FAILED = Phrase.of("form.mailFailed");

  private final FormErrors errors;
  private Optional<String> mailField = Optional.empty();
  private Optional<String> askAgain = Optional.empty();
  private Set<DomainException.Kind> shown = EnumSet.allOf(DomainException.Kind.class);

  private FormSubmission(FormErrors errors) {
    this.errors = errors;
  }

  /** A form whose values were built into {@code errors}' keeping. */
  public static FormSubmission of(FormErrors errors) {
    return new FormSubmission(errors);
  }

  /** The action mails: a mail that could not be sent is shown beside this field, with 503. */
  public FormSubmission mailing(String field) {
    this.mailField = Optional.of(field);
    return this;
  }

  /**
   * The request came through a mailed link: a refusal of the link itself (malformed 400, unknown
   * 404, expired or used 410), whether found building the values or by the use case, answers the
   * link-problem page, whose button asks for a new link at {@code askAgainPath}. It comes before
   * any field's message: without a working link, nothing else on the form matters.
   */
  public FormSubmission throughLink(String askAgainPath) {
    this.askAgain = Optional.of(askAgainPath);
    return this;
  }

  /**
   * Only the use case's refusals of these kinds are shown on the form; the others (an unknown
   * account, someone else's post) take the common error path, with the status their kind calls for.
   */
  public FormSubmission showing(DomainException.Kind first, DomainException.Kind... more) {
    this.shown = EnumSet.of(first, more);
    return this;
  }

  /**
   * Runs the action when every value was valid.
   *
   * @param action calls the use case and answers success
   * @param rejected renders the form again with the given status; the errors are in the {@link
   *     FormErrors} this submission was made with
   */
  public HttpResponse<?> then(
      Supplier<HttpResponse<?>> action, Function<HttpStatus, HttpResponse<?>> rejected) {
    return run(action, Optional.of(rejected));
  }

  /**
   * Runs an action that has no form to show again (opening a mailed link, a button): every refusal
   * not routed by {@link #throughLink} takes the common error path.
   */
  public HttpResponse<?> then(Supplier<HttpResponse<?>> action) {
    return run(action, Optional.empty());
  }

  private HttpResponse<?> run(
      Supplier<HttpResponse<?>> action, Optional<Function<HttpStatus, HttpResponse<?>>> form) {
    if (errors.any()) {
      Optional<DomainException> brokenLink =
          askAgain.flatMap(ignored -> errors.firstRefusal(LinkProblemPage::isAbout));
      if (brokenLink.isPresent()) {
        return LinkProblemPage.answer(brokenLink.get(), askAgain.orElseThrow());
      }
      return form.orElseThrow(this::noFormFor).apply(HttpStatus.UNPROCESSABLE_ENTITY);
    }
    try {
      return action.get();
    } catch (DomainException refused) {
      if (askAgain.isPresent() && LinkProblemPage.isAbout(refused)) {
        return LinkProblemPage.answer(refused, askAgain.get());
      }
      if (form.isEmpty() || !shown.contains(refused.kind())) {
        throw refused;
      }
      errors.add(refused);
      // Refused for who is asking (a block, an unverified address): 403, the message on the form.
      return form.get()
          .apply(
              refused.kind() == DomainException.Kind.FORBIDDEN
                  ? HttpStatus.FORBIDDEN
                  : HttpStatus.UNPROCESSABLE_ENTITY);
    } catch (MailDeliveryException notSent) {
      if (form.isEmpty() || mailField.isEmpty()) {
        throw notSent;
      }
      errors.add(mailField.get(), MAIL_FAILED);
      return form.get().apply(HttpStatus.SERVICE_UNAVAILABLE);
    }
  }

  /** A value refused with no form to show it: its refusal takes the common error path. */
  private RuntimeException noFormFor() {
    return errors
        .firstRefusal(refusal -> true)
        .<RuntimeException>map(refusal -> refusal)
        .orElseGet(() -> new IllegalStateException("form errors but no form to show them"));
  }

  /** A form page with its errors, answered with the given status. */
  public static HttpResponse<?> page(
      HttpStatus status, String view, PageModel model, FormErrors errors) {
    return HttpResponse.status(status)
        .body(new ModelAndView<>(view, model.with("errors", errors.asMap()).asMap()));
  }
}
