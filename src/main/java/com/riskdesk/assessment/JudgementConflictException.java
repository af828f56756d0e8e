package com.riskdesk.assessment;

/** Someone else changed the judgement since it was opened; nothing was overwritten. */
public class JudgementConflictException extends RuntimeException {

    public JudgementConflictException() {
        super("This judgement was changed by someone else after you opened it. Reload it to see their change; "
                + "your edits were not saved.");
    }
}
