package org.vigie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/**
 * The browsers of a benchmark run the client the image ships, Vaadin's production bundle: in development mode
 * every page also runs Vaadin Copilot, which polls for the (disabled) development tools every 10 ms, and a wall
 * board costs its renderer about four times more at rest (decision 0036).
 */
final class ShippedClient {

    private ShippedClient() {
    }

    /** Call once a page was served (Vaadin's servlet starts with its first request). */
    static void require(ApplicationContext context) {
        assertThat(context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance)
                .map(servlet -> ((VaadinServlet) servlet).getService().getDeploymentConfiguration().isProductionMode()))
                .as("Vaadin in production mode: run the benchmark with -Pproduction,benchmark (Maven on JDK 21+, README)")
                .containsExactly(true);
    }
}
