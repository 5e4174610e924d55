package org.vigie.status;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.history.CurrentStatuses;
import org.vigie.incident.OpenIncidents;
import tools.jackson.databind.json.JsonMapper;

/** Registers {@link StatusApiServlet} on its two exact paths, in front of Spring MVC's dispatcher. */
@Configuration(proxyBeanMethods = false)
class StatusApiConfiguration {

    @Bean
    ServletRegistrationBean<StatusApiServlet> statusApi(FleetSnapshotPublisher fleet, JsonMapper mapper,
            CurrentStatuses current, OpenIncidents notices) {
        SnapshotRenderings detailedJson = new SnapshotRenderings(
                snapshot -> mapper.writeValueAsString(FleetStatusDocument.of(snapshot)));
        StatusApiServlet servlet = new StatusApiServlet(fleet, publicJson(mapper, current, notices), detailedJson);
        ServletRegistrationBean<StatusApiServlet> registration = new ServletRegistrationBean<>(servlet,
                StatusApiServlet.PUBLIC, StatusApiServlet.DETAILS);
        registration.setName("statusApi");
        return registration;
    }

    static SnapshotRenderings publicJson(JsonMapper mapper, CurrentStatuses current, OpenIncidents notices) {
        return new SnapshotRenderings(snapshot -> mapper.writeValueAsString(
                PublicStatusDocument.of(snapshot, current::of, notices.current())), () -> notices.current().version());
    }
}
