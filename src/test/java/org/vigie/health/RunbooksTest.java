package org.vigie.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunbooksTest {

    @Test
    void every_reason_code_has_a_runbook_with_meaning_impact_diagnosis_and_mitigation() throws IOException {
        for (ReasonCode code : ReasonCode.values()) {
            Path runbook = Path.of("runbooks", code.name() + ".md");
            assertThat(runbook).as("runbook for " + code).exists();
            String text = Files.readString(runbook);
            assertThat(text).as(runbook.toString()).startsWith("# " + code.name())
                    .contains("## Meaning", "## Impact", "## Diagnosis", "## Mitigation");
        }
    }

    @Test
    void no_runbook_is_left_without_its_reason_code() throws IOException {
        try (var files = Files.list(Path.of("runbooks"))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".md", "")))
                    .allSatisfy(name -> assertThat(Arrays.stream(ReasonCode.values()).map(Enum::name)).contains(name));
        }
    }
}
