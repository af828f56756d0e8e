package com.riskdesk.api;

/** The {@code asOf} parameter is not a date-time with a zone offset, or lies in the future (HTTP 400). */
class InvalidAsOfException extends RuntimeException {

    InvalidAsOfException(String message) {
        super(message);
    }
}
