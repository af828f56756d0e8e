package com.riskdesk;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static holder at the security context strategy of the test's own application context
 * before each test. Vaadin sets the static holder to its context's strategy when a context starts; with several
 * cached contexts in one JVM, the last one started would otherwise win, and a test running on an earlier context
 * would sign in (@WithMockUser, TestData.asAdmin) where its views and services do not look.
 */
public class SecurityContextOfTheTestsContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
