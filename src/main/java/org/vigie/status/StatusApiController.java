package org.vigie.status;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.health.FleetSnapshotPublisher;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/status}: the fleet's colours as JSON, from the in-memory snapshot, with ETag. */
@RestController
class StatusApiController {

    private final FleetSnapshotPublisher fleet;
    private final SnapshotRenderings json;

    StatusApiController(FleetSnapshotPublisher fleet, JsonMapper mapper) {
        this.fleet = fleet;
        this.json = new SnapshotRenderings(snapshot -> mapper.writeValueAsString(FleetStatusDocument.of(snapshot)));
    }

    @GetMapping(value = "/api/v1/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> status(@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(value = "Accept-Encoding", required = false) String acceptEncoding) {
        return Conditional.respond(json.of(fleet.current()), ifNoneMatch, acceptEncoding,
                MediaType.APPLICATION_JSON);
    }
}
