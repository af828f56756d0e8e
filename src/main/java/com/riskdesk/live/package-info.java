/**
 * The live hub: which dashboards are open, how many may be, and the fan-out of each change to every open dashboard
 * of its monitor, in parallel, bounded, newest state last. Knows nothing of Vaadin: views subscribe to it.
 */
package com.riskdesk.live;
