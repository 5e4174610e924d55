package org.vigie.status;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** 304 when the client already holds this rendering, else the bytes; always revalidated. */
final class Conditional {

    private Conditional() {
    }

    static ResponseEntity<byte[]> respond(SnapshotRenderings.Rendering rendering, String ifNoneMatch,
            String acceptEncoding, MediaType type) {
        return respond(rendering, ifNoneMatch, acceptEncoding, type, HttpHeaders.ACCEPT_ENCODING);
    }

    /** {@code vary}: the request headers the body depends on (the language cookie for pages). */
    static ResponseEntity<byte[]> respond(SnapshotRenderings.Rendering rendering, String ifNoneMatch,
            String acceptEncoding, MediaType type, String vary) {
        if (rendering.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendering.etag())
                    .cacheControl(CacheControl.noCache()).header(HttpHeaders.VARY, vary).build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(type).eTag(rendering.etag())
                .cacheControl(CacheControl.noCache()).header(HttpHeaders.VARY, vary);
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            return ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(rendering.gzipped());
        }
        return ok.body(rendering.body());
    }
}
