package org.vigie.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A tenant file's text: at most {@link #MAX_BYTES}, UTF-8 only (a leading byte order mark is
 * fine), no control characters. A refusal names the line and column where the text goes wrong.
 */
final class TenantFileText {

    static final int MAX_BYTES = 1024 * 1024;

    private TenantFileText() {
    }

    static String read(Path file) throws IOException, RefusedTenantFile {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new RefusedTenantFile("is larger than 1 MiB; a tenant file declares one tenant in a few KiB");
        }
        return decode(bytes);
    }

    static String decode(byte[] bytes) throws RefusedTenantFile {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw new RefusedTenantFile(TextPosition.of(out, out.length()) + ": not valid UTF-8 (byte 0x"
                    + HexFormat.of().withUpperCase().toHexDigits(bytes[in.position()]) + "); save the file as UTF-8");
        }
        utf8.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A C0 or C1 control character other than tab, line feed, carriage return and next line. */
    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F && c != 0x85;
    }

    /** Refuses C0 and C1 control characters other than tab, line feed, carriage return and next line. */
    static void checkCharacters(String text) throws RefusedTenantFile {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                throw new RefusedTenantFile(TextPosition.of(text, i) + ": control character U+"
                        + HexFormat.of().withUpperCase().toHexDigits(c) + " is not allowed; remove it");
            }
        }
    }
}
