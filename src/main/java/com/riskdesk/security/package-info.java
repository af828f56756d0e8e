/**
 * Staff sign-in: accounts with hashed passwords and roles (editor, admin), the Spring Security setup through
 * Vaadin's configurer, throttling of failed sign-ins, and the first admin account.
 */
package com.riskdesk.security;
