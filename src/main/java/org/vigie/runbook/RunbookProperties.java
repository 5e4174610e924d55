package org.vigie.runbook;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.runbooks.dir}: the folder of {@code <CODE>.md} runbooks. A runbook missing there (or
 * the folder itself, as in a packaged jar run elsewhere) is read from the copy packaged in the jar.
 */
@Validated
@ConfigurationProperties("vigie.runbooks")
public record RunbookProperties(@NotNull @DefaultValue("runbooks") Path dir) {
}
