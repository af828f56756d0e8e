package com.riskdesk.base.i18n;

/**
 * A service refused a request for a reason the person can act on; {@link #reason()} is translated where it is shown
 * (the exception's own message is the English text, for logs).
 * An {@link IllegalArgumentException}, so code that only needs to know "refused" keeps working.
 */
public class RefusedException extends IllegalArgumentException {

    private final transient Message reason;

    public RefusedException(String key, Object... args) {
        this(Message.of(key, args));
    }

    public RefusedException(Message reason) {
        super(Translations.inEnglish(reason));
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
