package dk.fritvalg.api;

import dk.fritvalg.security.BodyTooLargeException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.StaleVersionException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the open API as problem details (RFC 9457), in English: {@code type}, {@code title}, {@code status},
 * {@code detail}, and {@code errors} with the {@code field} that is wrong. Never a stack trace or a Danish text.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH);

    /** The field a rule of a service is about, by its message key. */
    private static final Map<String, String> FIELDS = Map.of(
            "email.error.invalid", "email",
            "api.grant.area", "serviceAreaId",
            "api.grant.minutes", "minutesPerWeek",
            "api.grant.period", "validTo");

    record FieldError(String field, String message) {
    }

    static ProblemDetail problem(int status, String type, String title, String detail, @Nullable String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(dk.fritvalg.security.ApiProblems.type(type));
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("errors", List.of(new FieldError(field, detail)));
        }
        return problem;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return ResponseEntity.status(e.status()).body(problem(e.status(), e.type(), e.title(), e.getMessage(), e.field()));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ProblemDetail> business(BusinessException e) {
        String key = e.messageKey();
        String text;
        try {
            text = new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH).format(e.arguments());
        } catch (MissingResourceException missing) {
            text = key;
        }
        if (key.endsWith(".notFound")) {
            return ResponseEntity.status(404).body(problem(404, "not-found", "Not found", text, null));
        }
        if (key.equals("api.citizen.elsewhere")) {
            return ResponseEntity.status(409).body(problem(409, "conflict", "Conflict", text, "cpr"));
        }
        return ResponseEntity.status(422).body(problem(422, "invalid-request", "Invalid request", text, FIELDS.get(key)));
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        return ResponseEntity.status(412).eTag(Etags.of(e.currentVersion())).body(problem(412, "precondition-failed", "Precondition failed",
                "The resource has changed since it was read (If-Match); read it again and retry.", "If-Match"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(403).body(problem(403, "forbidden", "Forbidden",
                "This API key may not do this (its scopes, or another tenant's data).", null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.status(400).body(problem(400, "invalid-parameter", "Invalid parameter",
                "has the wrong format", e.getName()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in the open API", e);
        return ResponseEntity.status(500).body(problem(500, "internal-error", "Internal error",
                "Something went wrong on our side; the request may be retried.", null));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                           HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
        ProblemDetail problem = problem(400, "invalid-request", "Invalid request",
                errors.stream().map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("The body is not valid."), null);
        problem.setProperty("errors", errors);
        return ResponseEntity.status(400).body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                           HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(413, "body-too-large", "Request body too large",
                        cause.getMessage(), null));
            }
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                String field = databind.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
                return ResponseEntity.status(400).body(problem(400, "invalid-request", "Invalid request",
                        "has the wrong type or format", field));
            }
        }
        return ResponseEntity.status(400).body(problem(400, "invalid-request", "Invalid request", "The body is not valid JSON.", null));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own errors (405, 415, a missing header or parameter, …) keep their status, in our shape.
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            problem.setType(dk.fritvalg.security.ApiProblems.type("http-" + status.value()));
            if (e instanceof org.springframework.web.bind.MissingRequestHeaderException missing) {
                problem.setProperty("errors", List.of(new FieldError(missing.getHeaderName(), "is required")));
            } else if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
                problem.setProperty("errors", List.of(new FieldError(missing.getParameterName(), "is required")));
            }
        }
        return answer;
    }
}
