package org.vigie.status;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.history.CurrentStatuses;
import org.vigie.incident.OpenIncidents;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fleet's colours as JSON, from the in-memory snapshot, with ETag: {@code GET /api/v1/status}
 * for anyone (states and plain sentences), {@code GET /api/v1/status/details} for signed-in callers
 * (services, replicas and every reason).
 */
@RestController
class StatusApiController {

    private final FleetSnapshotPublisher fleet;
    private final SnapshotRenderings publicJson;
    private final SnapshotRenderings detailedJson;

    StatusApiController(FleetSnapshotPublisher fleet, JsonMapper mapper, CurrentStatuses current,
            OpenIncidents notices) {
        this.fleet = fleet;
        this.publicJson = new SnapshotRenderings(snapshot -> mapper.writeValueAsString(
                PublicStatusDocument.of(snapshot, current::of, notices.current())), () -> notices.current().version());
        this.detailedJson = new SnapshotRenderings(snapshot -> mapper.writeValueAsString(FleetStatusDocument.of(snapshot)));
    }

    @GetMapping(value = "/api/v1/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> status(@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(value = "Accept-Encoding", required = false) String acceptEncoding) {
        return Conditional.respond(publicJson.of(fleet.current()), ifNoneMatch, acceptEncoding,
                MediaType.APPLICATION_JSON);
    }

    @GetMapping(value = "/api/v1/status/details", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> details(@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(value = "Accept-Encoding", required = false) String acceptEncoding) {
        return Conditional.respond(detailedJson.of(fleet.current()), ifNoneMatch, acceptEncoding,
                MediaType.APPLICATION_JSON);
    }
}
