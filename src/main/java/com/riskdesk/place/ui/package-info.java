/** The place picker staff use in the entry form: search the gazetteer or type coordinates, with a small map. */
package com.riskdesk.place.ui;
