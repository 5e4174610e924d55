package org.vigie.testing;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several cached application contexts share this test JVM, and each Vaadin integration sets the
 * JVM-wide {@link SecurityContextHolder} strategy to its own (a per-instance thread local). Before
 * each test, the holder is pointed at the strategy of the test's own context, so that
 * {@code @WithUserDetails} and the application read and write the same place. One application per
 * JVM in production never needs this.
 */
public class ApplicationSecurityContextHolder implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
