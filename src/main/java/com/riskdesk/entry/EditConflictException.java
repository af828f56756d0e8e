package com.riskdesk.entry;

/** Someone else saved the entry since it was opened; nothing was overwritten. */
public class EditConflictException extends RuntimeException {

    public EditConflictException() {
        super("This entry was changed by someone else after you opened it. Reload it to see their change; "
                + "your edits were not saved.");
    }
}
