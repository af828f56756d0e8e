/**
 * The dashboard's read-only parts written as HTML on the server, once per reading and shared: by every open live
 * dashboard (as the content of one element instead of dozens of components each) and by the server-written pages.
 * Every piece of text is escaped here, in one place.
 */
package com.riskdesk.dashboard.html;
