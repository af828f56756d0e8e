/**
 * Operating the app: health and readiness, metrics for Prometheus, and online backups of the H2 store with their
 * restore. The top room: it may read every feature, and no feature imports it.
 */
package com.riskdesk.ops;
