package org.vigie.status;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.history.CurrentStatuses;
import org.vigie.incident.OpenIncidents;
import org.vigie.security.web.IdentityFreeChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarks' baseline for the status API: the same public JSON served the way the previous release
 * served it, through a Spring MVC controller returning a {@code ResponseEntity} (decision 0034), on a path of
 * its own behind the public endpoints' identity-free chain. Only the benchmark imports it.
 */
@TestComponent
@RestController
public class StatusApiMvcBaseline {

    public static final String PATH = "/benchmark/status-through-mvc";

    private final FleetSnapshotPublisher fleet;
    private final SnapshotRenderings publicJson;

    StatusApiMvcBaseline(FleetSnapshotPublisher fleet, JsonMapper mapper, CurrentStatuses current,
            OpenIncidents notices) {
        this.fleet = fleet;
        this.publicJson = StatusApiConfiguration.publicJson(mapper, current, notices);
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> status(@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(value = "Accept-Encoding", required = false) String acceptEncoding) {
        SnapshotRenderings.Rendering rendering = publicJson.of(fleet.current());
        if (rendering.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendering.etag())
                    .cacheControl(CacheControl.noCache()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(rendering.etag())
                .cacheControl(CacheControl.noCache()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            return ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(rendering.gzipped());
        }
        return ok.body(rendering.body());
    }

    @Bean
    @Order(-1)
    static SecurityFilterChain baselineLikeThePublicChain(HttpSecurity http) throws Exception {
        return IdentityFreeChain.of(http, pathPattern(HttpMethod.GET, PATH));
    }
}
