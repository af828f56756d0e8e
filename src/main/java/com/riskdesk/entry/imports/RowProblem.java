package com.riskdesk.entry.imports;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.Translations;

/**
 * What is wrong with one row of an import: the file's line, the column as headed in the file, and why (a code the
 * import screen translates).
 */
public record RowProblem(int line, String column, Message reason) {

    RowProblem(int line, String column, String key, Object... args) {
        this(line, column, Message.of(key, args));
    }

    /** Why, in English: for logs and exception messages. */
    public String message() {
        return Translations.inEnglish(reason);
    }
}
