/**
 * What the application says when it cannot start: a short reason and what to do instead of a page of stack trace.
 */
package com.riskdesk.base.startup;
