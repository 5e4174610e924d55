package org.vigie.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.vigie.health.ReasonCode;

/**
 * The runbook of each reason code, as safe HTML. Only a {@link ReasonCode} names a file, so no text
 * from a request ever becomes a path.
 */
@Service
public class Runbooks {

    private final Path dir;

    public Runbooks(RunbookProperties properties) {
        this.dir = properties.dir();
    }

    /** The reason code spelled exactly so, or empty: "../x", "crash_loop" and "" are no code. */
    public static Optional<ReasonCode> code(String text) {
        return Arrays.stream(ReasonCode.values()).filter(code -> code.name().equals(text)).findFirst();
    }

    /** The runbook as sanitised HTML, or empty when neither the folder nor the jar has it. */
    public Optional<String> html(ReasonCode code) {
        return markdown(code).map(RunbookHtml::render);
    }

    private Optional<String> markdown(ReasonCode code) {
        String file = code.name() + ".md";
        Path path = dir.resolve(file);
        try {
            if (Files.isRegularFile(path)) {
                return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
            }
            try (InputStream packaged = Runbooks.class.getResourceAsStream("/runbooks/" + file)) {
                return packaged == null ? Optional.empty()
                        : Optional.of(new String(packaged.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("runbook " + path + " cannot be read", e);
        }
    }
}
