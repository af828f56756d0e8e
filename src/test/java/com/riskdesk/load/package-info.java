/** Measurements run by hand against a running app (see scripts/first-load.sh), not tests: no class ends in Test or IT. */
package com.riskdesk.load;
