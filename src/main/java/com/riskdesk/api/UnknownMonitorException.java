package com.riskdesk.api;

/** The address names a monitor that does not exist (HTTP 404; ApiProblems words it in the request's language). */
class UnknownMonitorException extends RuntimeException {

    UnknownMonitorException() {
        super("There is no monitor with this slug.");
    }
}
