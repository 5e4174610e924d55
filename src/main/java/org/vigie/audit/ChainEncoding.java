package org.vigie.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a MAC covers: a domain tag, then each field as its UTF-8 length (4 bytes, big-endian;
 * -1 for null) followed by its bytes. No value can be moved across a field boundary, and null
 * differs from empty.
 */
final class ChainEncoding {

    private ChainEncoding() {
    }

    static byte[] of(String domain, Object... fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, domain);
            for (Object field : fields) {
                write(out, field);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory stream", e);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, Object field) throws IOException {
        if (field == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = field.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
