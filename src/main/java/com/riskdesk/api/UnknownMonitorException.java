package com.riskdesk.api;

/** The address names a monitor that does not exist (HTTP 404). */
class UnknownMonitorException extends RuntimeException {

    UnknownMonitorException() {
        super("There is no monitor with this slug.");
    }
}
