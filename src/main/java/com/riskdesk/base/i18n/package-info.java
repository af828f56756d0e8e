/**
 * The languages the app speaks (English, the default, and Spanish): the message bundles in
 * {@code src/main/resources/i18n}, which language a request or a link asks for, and problem codes that services
 * report and the screens, pages and API translate at the edge.
 */
package com.riskdesk.base.i18n;
