/**
 * The demo data: the Venezuela monitor, built only from the briefing of 30 Nov 2025, each entry citing it.
 * Loaded on start when {@code app.demo-data} is true and the monitor does not exist yet.
 */
package com.riskdesk.demo;
