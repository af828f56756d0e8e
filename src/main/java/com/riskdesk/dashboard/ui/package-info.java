/** The public pages: the list of monitors and a monitor's dashboard (tiles, charts, entries). */
package com.riskdesk.dashboard.ui;
