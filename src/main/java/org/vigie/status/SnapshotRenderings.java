package org.vigie.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.vigie.health.FleetSnapshot;
import org.vigie.platform.Sha256;

/**
 * One rendering of the fleet (JSON, HTML…) per snapshot version, computed on the first request
 * that needs it and served as bytes with a strong ETag to every request after: no database, no
 * re-serialisation per request.
 */
final class SnapshotRenderings {

    /** The body, also gzip-compressed once for the clients that accept it. */
    record Rendering(String version, byte[] body, byte[] gzipped, String etag) {
    }

    private final Function<FleetSnapshot, String> renderer;
    private final Supplier<String> noticesVersion;
    private final AtomicReference<Rendering> latest = new AtomicReference<>(
            new Rendering("", new byte[0], new byte[0], ""));

    SnapshotRenderings(Function<FleetSnapshot, String> renderer) {
        this(renderer, () -> "");
    }

    /** {@code noticesVersion}: what else the rendering shows (incident updates, maintenance), as a version. */
    SnapshotRenderings(Function<FleetSnapshot, String> renderer, Supplier<String> noticesVersion) {
        this.renderer = renderer;
        this.noticesVersion = noticesVersion;
    }

    Rendering of(FleetSnapshot snapshot) {
        Rendering cached = latest.get();
        String version = snapshot.version() + "/" + noticesVersion.get();
        if (cached.version().equals(version)) {
            return cached;
        }
        byte[] body = renderer.apply(snapshot).getBytes(StandardCharsets.UTF_8);
        Rendering fresh = new Rendering(version, body, gzip(body), "\"" + HexFormat.of().formatHex(Sha256.digest(body), 0, 16) + "\"");
        latest.set(fresh);
        return fresh;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 8 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
