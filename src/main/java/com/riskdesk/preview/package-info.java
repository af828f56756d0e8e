/**
 * Link preview images: the dashboard's tiles drawn on the server as a 1200×630 PNG for Open Graph and Twitter
 * cards, cached in memory until the figures change. Reads through {@code DashboardService} only.
 */
package com.riskdesk.preview;
