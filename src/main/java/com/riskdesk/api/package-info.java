/**
 * The public read-only API: monitors, dashboard summaries, entry exports (JSON, CSV) and Atom feeds, each readable
 * as of a past moment ({@code ?asOf=}), with ETags and Last-Modified for caches. Reads go through the services only.
 */
package com.riskdesk.api;
