package com.riskdesk.api;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.Translations;

/** The {@code asOf} parameter is not a date-time with a zone offset, or lies in the future (HTTP 400). */
class InvalidAsOfException extends RuntimeException {

    private final transient Message reason;

    InvalidAsOfException(String key) {
        this(Message.of(key));
    }

    private InvalidAsOfException(Message reason) {
        super(Translations.inEnglish(reason));
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
