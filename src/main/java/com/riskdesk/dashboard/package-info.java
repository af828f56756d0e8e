/**
 * The dashboard's read side: one service that turns a monitor's entries into tile figures, chart series and
 * the sourced entry list, aggregating in SQL. Views live in {@code dashboard.ui}.
 */
package com.riskdesk.dashboard;
