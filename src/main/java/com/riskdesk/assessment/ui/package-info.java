/** The staff screen for trend judgements ({@code /admin/judgements}): list, add, correct and retract them. */
package com.riskdesk.assessment.ui;
