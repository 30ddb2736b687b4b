package nl.weefsel.exchange.api;

import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The read API answers errors as JSON, {@code {"status": 404, "error": "Area GM9999 does not exist"}}. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiRecords.Problem> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({InvalidInputException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiRecords.Problem> badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, e instanceof MethodArgumentTypeMismatchException mismatch
                ? "'" + mismatch.getValue() + "' is not a valid " + mismatch.getName() : e.getMessage());
    }

    private static ResponseEntity<ApiRecords.Problem> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiRecords.Problem(status.value(), message));
    }
}
