/**
 * What differs between the databases the app runs on (H2, PostgreSQL 15+): the one place that knows which it is.
 */
package com.riskdesk.base.sql;
