package org.tablero.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tablero.config.ApiErrors.Problem;
import org.tablero.config.ApiRequests.IfMatchRequiredException;

/** 428 Precondition Required, with the JSON body of every API error, for a change sent without If-Match. */
@RestControllerAdvice(basePackages = "org.tablero")
class ApiPreconditionErrors {

    private final MessageSource messages;

    ApiPreconditionErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IfMatchRequiredException.class)
    ResponseEntity<Problem> ifMatchRequired(IfMatchRequiredException missing) {
        Locale requested = LocaleContextHolder.getLocale();
        Locale locale = Set.of("es", "pt").contains(requested.getLanguage()) ? requested : Locale.ENGLISH;
        String message = messages.getMessage("api.if-match-required", null,
                "Send the version you read (its ETag) in the If-Match header.", locale);
        HttpStatus status = HttpStatus.PRECONDITION_REQUIRED;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(status.value(), message, List.of()));
    }
}
