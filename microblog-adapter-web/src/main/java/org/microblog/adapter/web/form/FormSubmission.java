package org.microblog.adapter.web.form;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.domain.shared.DomainException;

/**
 * The one way a controller handles a submitted form. The values are built first, every rule's
 * message kept beside its field ({@link FormErrors}); only then does the use case run. Success
 * answers as the action says (a 303 to the next page); a rule the use case enforces (a taken name,
 * a wrong password) re-renders the form with 422, and a mail that could not be sent with 503, each
 * message beside its field. A used-up budget (429) and anything unexpected take the common error
 * path of the exception handlers, like every other request.
 */
public final class FormSubmission {
  /** What a person reads when the mail server could not take a mail. */
  public static final String MAIL_FAILED =
      "We could not send the email just now. Nothing has changed; please try again in a few"
          + " minutes.";

  private final FormErrors errors;
  private Optional<String> mailField = Optional.empty();

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
   * Runs the action when every value was valid.
   *
   * @param action calls the use case and answers success
   * @param rejected renders the form again with the given status; the errors are in the {@link
   *     FormErrors} this submission was made with
   */
  public HttpResponse<?> then(
      Supplier<HttpResponse<?>> action, Function<HttpStatus, HttpResponse<?>> rejected) {
    if (errors.any()) {
      return rejected.apply(HttpStatus.UNPROCESSABLE_ENTITY);
    }
    try {
      return action.get();
    } catch (DomainException refused) {
      errors.add(refused);
      return rejected.apply(HttpStatus.UNPROCESSABLE_ENTITY);
    } catch (MailDeliveryException notSent) {
      errors.add(mailField.orElseThrow(() -> notSent), MAIL_FAILED);
      return rejected.apply(HttpStatus.SERVICE_UNAVAILABLE);
    }
  }

  /** A form page with its errors, answered with the given status. */
  public static HttpResponse<?> page(
      HttpStatus status, String view, PageModel model, FormErrors errors) {
    return HttpResponse.status(status)
        .body(new ModelAndView<>(view, model.with("errors", errors.asMap()).asMap()));
  }
}
