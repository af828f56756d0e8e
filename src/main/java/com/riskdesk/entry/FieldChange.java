package com.riskdesk.entry;

import com.riskdesk.base.i18n.Message;

/**
 * One field of an entry that a correction changed, with its value before and after, as messages the reader's screen,
 * page or feed puts in its language ({@code entry.change.*}); what staff typed is kept as typed. A null side is empty.
 */
public record FieldChange(Message field, Message before, Message after) {

    /** "Headline: old → new", with "(none)" for an empty side. */
    public Message describe() {
        return Message.change(field, before, after);
    }
}
