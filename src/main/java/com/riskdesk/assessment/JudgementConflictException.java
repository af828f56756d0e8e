package com.riskdesk.assessment;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.Translations;

/** Someone else changed the judgement since it was opened; nothing was overwritten. */
public class JudgementConflictException extends RuntimeException {

    public static final Message REASON = Message.of("judgement.edit-conflict");

    public JudgementConflictException() {
        super(Translations.inEnglish(REASON));
    }
}
