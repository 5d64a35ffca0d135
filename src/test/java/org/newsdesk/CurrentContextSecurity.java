package org.newsdesk;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global holder at the security context strategy of the application context a test runs
 * against. Every application context installs its own strategy globally when it starts (Vaadin's security
 * configuration does), so after a test class with other properties has started a second context, the holder would
 * belong to that one: {@code @WithMockUser} would then sign in where the first context's services and views do not
 * look, and back-office views would see nobody. Runs before Spring Security's own listener sets the test's user.
 */
public class CurrentContextSecurity implements TestExecutionListener, Ordered {

    /** Spring Security's WithSecurityContextTestExecutionListener runs at 10,000. */
    private static final int BEFORE_THE_TEST_USER_IS_SET = 9_000;

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return BEFORE_THE_TEST_USER_IS_SET;
    }
}
