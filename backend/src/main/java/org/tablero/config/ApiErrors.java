package org.tablero.config;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tablero.approval.StepRefusedException;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API error is JSON with a message and, for refused input, the fields at fault; the status code means
 * what HTTP says: 400 unreadable request, 401 no valid token, 403 not allowed, 404 not found (or not yours),
 * 409 conflicting state, 422 refused input. Messages follow the request's Accept-Language.
 */
@RestControllerAdvice(basePackages = "org.tablero")
public class ApiErrors {

    /** An error body: the message, and the fields at fault for refused input. */
    public record Problem(int status, String message, List<FieldError> errors) {}

    public record FieldError(String field, String code, String message) {}

    private final MessageSource messages;
    private final JsonMapper json;

    ApiErrors(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Problem> invalid(InvalidInputException refused) {
        List<FieldError> errors = refused.problems().stream().map(this::fieldError).toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, text("api.invalid-input", "The input was refused."), errors);
    }

    @ExceptionHandler(StepRefusedException.class)
    ResponseEntity<Problem> refused(StepRefusedException refused) {
        List<FieldError> errors = refused.reasons().stream()
                .map(reason -> new FieldError("status", reason, text(reason, reason))).toList();
        return problem(HttpStatus.CONFLICT, text("api.step-refused", "This step is not possible now."), errors);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<Problem> concurrent(ConcurrentEditException conflict) {
        return problem(HttpStatus.CONFLICT, text("api.concurrent-edit",
                "The record was changed by someone else since you read it; read it again."), List.of());
    }

    @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
    ResponseEntity<Problem> notYours(RuntimeException missingOrForbidden) {
        if (missingOrForbidden instanceof AccessDeniedException) {
            return problem(HttpStatus.FORBIDDEN, text("api.forbidden", "You may not do this."), List.of());
        }
        return problem(HttpStatus.NOT_FOUND, text("api.not-found", "Not found."), List.of());
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<Problem> unauthenticated(AuthenticationCredentialsNotFoundException missing) {
        return problem(HttpStatus.UNAUTHORIZED, text("api.unauthorized", "A valid API token is needed."), List.of());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<Problem> unreadable(Exception unreadable) {
        String detail = unreadable instanceof MethodArgumentTypeMismatchException mismatch
                ? "'" + mismatch.getName() + "' has a value of the wrong type"
                : unreadable instanceof MissingServletRequestParameterException missing
                        ? "'" + missing.getParameterName() + "' is missing"
                        : "the request body is not valid JSON of the expected form";
        return problem(HttpStatus.BAD_REQUEST, text("api.bad-request", "The request cannot be read") + ": " + detail,
                List.of());
    }

    /** For the security filters, which answer before any controller is reached. */
    void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(new Problem(status.value(), message, List.of())));
    }

    private FieldError fieldError(FieldProblem problem) {
        return new FieldError(problem.field(), problem.messageKey(),
                text(problem.messageKey(), problem.messageKey(), problem.arguments().toArray()));
    }

    /** Spanish or Portuguese where the client asks for them, English otherwise. */
    private String text(String key, String fallback, Object... arguments) {
        Locale requested = LocaleContextHolder.getLocale();
        Locale locale = Set.of("es", "pt").contains(requested.getLanguage()) ? requested : Locale.ENGLISH;
        return messages.getMessage(key, arguments, fallback, locale);
    }

    private static ResponseEntity<Problem> problem(HttpStatus status, String message, List<FieldError> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(status.value(), message, errors));
    }
}
