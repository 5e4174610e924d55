package org.vigie.status;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** 304 when the client already holds this rendering, else the bytes; always revalidated. */
final class Conditional {

    private Conditional() {
    }

    static ResponseEntity<byte[]> respond(SnapshotRenderings.Rendering rendering, String ifNoneMatch, MediaType type) {
        if (rendering.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendering.etag())
                    .cacheControl(CacheControl.noCache()).build();
        }
        return ResponseEntity.ok().contentType(type).eTag(rendering.etag()).cacheControl(CacheControl.noCache())
                .body(rendering.body());
    }
}
