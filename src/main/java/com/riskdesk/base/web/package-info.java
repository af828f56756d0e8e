/**
 * How the web layer delivers what is not a view: the favicon, long-lived caching of Vaadin's hashed build files, and
 * ETags that let Tomcat compress the API's answers.
 */
package com.riskdesk.base.web;
