package org.vigie.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.vigie.health.FleetSnapshot;

/**
 * One rendering of the fleet (JSON, HTML…) per snapshot version, computed on the first request
 * that needs it and served as bytes with a strong ETag to every request after: no database, no
 * re-serialisation per request.
 */
final class SnapshotRenderings {

    record Rendering(long version, byte[] body, String etag) {
    }

    private final Function<FleetSnapshot, String> renderer;
    private final AtomicReference<Rendering> latest = new AtomicReference<>(new Rendering(-1, new byte[0], ""));

    SnapshotRenderings(Function<FleetSnapshot, String> renderer) {
        this.renderer = renderer;
    }

    Rendering of(FleetSnapshot snapshot) {
        Rendering cached = latest.get();
        if (cached.version() == snapshot.version()) {
            return cached;
        }
        byte[] body = renderer.apply(snapshot).getBytes(StandardCharsets.UTF_8);
        Rendering fresh = new Rendering(snapshot.version(), body, "\"" + sha256(body) + "\"");
        latest.set(fresh);
        return fresh;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
