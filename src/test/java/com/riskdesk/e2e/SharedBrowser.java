package com.riskdesk.e2e;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium for all tests of a class, with what a failed test leaves behind (address, screenshot,
 * console): {@code @RegisterExtension static final SharedBrowser browser = new SharedBrowser();}.
 */
public final class SharedBrowser implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.start();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (browser != null) {
            browser.recordFailure(context, "");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    public WebDriver driver() {
        return browser.driver();
    }

    /** Saves a PNG of the current page to {@code file}. */
    public void screenshot(java.nio.file.Path file) {
        browser.screenshot(file);
    }
}
