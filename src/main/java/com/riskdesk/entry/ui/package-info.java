/** The staff's entry screen: a filtered grid of a monitor's entries, the entry form, corrections and history. */
package com.riskdesk.entry.ui;
