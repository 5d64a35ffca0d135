package org.newsdesk;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points {@link SecurityContextHolder} at the security context strategy of the application context that the running
 * test uses. Vaadin gives every application context a strategy of its own (each with its own thread-local) and makes
 * the newest one global; with several cached contexts in one JVM, a fixture that signs in through
 * {@code SecurityContextHolder} ({@link SignedInEditor}) would otherwise write where its test's services do not read.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public final class OwnSecurityContextStrategy extends AbstractTestExecutionListener {

    /** Before {@code @BeforeAll} of a class with one instance for all its tests. */
    @Override
    public void prepareTestInstance(TestContext testContext) {
        follow(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        follow(testContext);
    }

    private static void follow(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
