package org.tablero.publication;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tablero.config.ApiErrors.FieldError;
import org.tablero.config.ApiErrors.Problem;

/** 400 with the parameter at fault for a public query that cannot be answered; the other errors as the API's. */
@RestControllerAdvice(basePackageClasses = PublicApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicApiErrors {

    @ExceptionHandler(PublicQueryException.class)
    ResponseEntity<Problem> badParameter(PublicQueryException refused) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(400, refused.getMessage(), List.of(new FieldError(refused.parameter(),
                        "publication.bad-parameter", refused.getMessage()))));
    }
}
