/**
 * Staff sign-in and the admins' screen for staff accounts. Every change goes through
 * {@link com.riskdesk.security.StaffService}, which checks the role and the rules again.
 */
package com.riskdesk.security.ui;
