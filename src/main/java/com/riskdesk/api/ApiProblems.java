package com.riskdesk.api;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's errors, in English or Spanish as the request asks, as small RFC 9457 problem documents ({@code application/problem+json}): 400 for a malformed or
 * future {@code asOf}, 404 for an unknown monitor. Never a stack trace; an unexpected failure is logged here and
 * answered with a plain 500.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(InvalidAsOfException.class)
    ResponseEntity<ProblemDetail> invalidAsOf(InvalidAsOfException e, HttpServletRequest request,
                                              HttpServletResponse response) {
        Locale language = Languages.of(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, translations.text(language, "api.problem.as-of.title"),
                translations.text(language, e.reason()));
        problem.setProperty("parameter", MonitorReads.AS_OF);
        return respond(problem, language, response);
    }

    /** The services' own check of their input (e.g. a snapshot moment that became invalid meanwhile). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e, HttpServletRequest request,
                                             HttpServletResponse response) {
        return respond(HttpStatus.BAD_REQUEST, "api.problem.bad-request", request, response);
    }

    @ExceptionHandler(UnknownMonitorException.class)
    ResponseEntity<ProblemDetail> unknownMonitor(UnknownMonitorException e, HttpServletRequest request,
                                                 HttpServletResponse response) {
        return respond(HttpStatus.NOT_FOUND, "api.problem.unknown-monitor", request, response);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            // Part of an export was sent (often: the client went away); nothing sensible can follow it.
            LOG.debug("API response failed after it was committed", e);
            return null;
        }
        LOG.error("API request failed", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.internal", request, response);
    }

    /** Spring MVC's own failures (e.g. 406 for an Accept the resource cannot meet) are not cached either. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
            servlet.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** The problem whose title and detail are the texts {@code key.title} and {@code key.detail}. */
    private ResponseEntity<ProblemDetail> respond(HttpStatus status, String key, HttpServletRequest request,
                                                  HttpServletResponse response) {
        Locale language = Languages.of(request);
        return respond(problem(status, translations.text(language, key + ".title"),
                translations.text(language, key + ".detail")), language, response);
    }

    /**
     * An answer that no cache keeps, even when caching headers were already set for the success it replaces, in the
     * language the request asked for ({@code lang=}, else {@code Accept-Language}).
     */
    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, Locale language,
                                                         HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .body(problem);
    }
}
