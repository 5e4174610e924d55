package org.vigie.status;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.vigie.health.FleetSnapshotPublisher;

/**
 * The fleet's colours as JSON, from the in-memory snapshot, with ETag: {@code GET /api/v1/status}
 * for anyone (states and plain sentences), {@code GET /api/v1/status/details} for signed-in callers
 * (services, replicas and every reason). A servlet of its own rather than a controller: the bytes are
 * ready per snapshot, so a request costs Tomcat and the filters (sign-in rules, metrics, headers)
 * and not Spring MVC's handler lookup, argument resolution and message conversion (decision 0034).
 */
final class StatusApiServlet extends HttpServlet {

    static final String PUBLIC = "/api/v1/status";
    static final String DETAILS = "/api/v1/status/details";

    private final transient FleetSnapshotPublisher fleet;
    private final transient Map<String, SnapshotRenderings> renderingsByPath;

    StatusApiServlet(FleetSnapshotPublisher fleet, SnapshotRenderings publicJson, SnapshotRenderings detailedJson) {
        this.fleet = fleet;
        this.renderingsByPath = Map.of(PUBLIC, publicJson, DETAILS, detailedJson);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SnapshotRenderings renderings = renderingsByPath.get(request.getServletPath());
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(metrics -> metrics.setPathPattern(request.getServletPath()));
        Conditional.write(renderings.of(fleet.current()), request, response, "application/json",
                HttpHeaders.ACCEPT_ENCODING);
    }
}
