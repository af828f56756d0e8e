package com.riskdesk.e2e;

import com.riskdesk.TestData;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For an IT that starts its own application context: that installs a new global {@link SecurityContextHolderStrategy}
 * (Vaadin's), and a cached context of another IT that runs later keeps checking roles against the strategy it started
 * with, so {@link TestData#asAdmin} there would fill the wrong one. This puts the earlier strategy back afterwards.
 */
public final class KeepsSecurityStrategy implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeepsSecurityStrategy.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(SecurityContextHolderStrategy.class, SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                context.getStore(NAMESPACE).get(SecurityContextHolderStrategy.class, SecurityContextHolderStrategy.class));
    }
}
