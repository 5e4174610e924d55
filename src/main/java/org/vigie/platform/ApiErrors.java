package org.vigie.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A database that does not answer is a 503 with an explanation, never a bare 500. */
@RestControllerAdvice(basePackages = "org.vigie")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final DatabaseAvailability availability;

    ApiErrors(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        log.error("PostgreSQL unavailable while serving an API request: {}", e.getMessage());
        availability.reportIfOutage(e);
        return Problems.databaseUnavailable();
    }
}
