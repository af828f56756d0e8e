/**
 * Entries: what staff record about a monitor (events, figures, escalation steps), each dated and sourced.
 * {@link com.riskdesk.entry.EntryService} is the write API; the aggregate and repository stay inside.
 */
package com.riskdesk.entry;
