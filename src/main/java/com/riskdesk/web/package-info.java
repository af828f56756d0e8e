/**
 * Server-written HTML pages that need no script and no session: the overflow dashboard shown when live dashboards are
 * capped, and the tile and style parts it shares with the embeddable tiles. Reads go through the services only.
 */
package com.riskdesk.web;
