/** The application frame (header, main landmark, footer), the not-found page and shared UI components. */
package com.riskdesk.base.ui;
