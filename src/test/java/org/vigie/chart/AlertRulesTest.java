package org.vigie.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The chart's alert rules pass {@code promtool check rules}, and {@code promtool test rules} proves
 * when each one fires (src/test/resources/alerts/vigie-alerts-test.yaml). promtool is Debian's
 * package prometheus; .ci/run installs it.
 */
class AlertRulesTest {

    static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @Test
    void the_alert_rules_are_valid_prometheus_rules() throws Exception {
        assertThat(promtool("check", "rules", VigieChart.CHART.resolve("files/alerts.yaml").toString()))
                .contains("SUCCESS: 5 rules found");
    }

    @Test
    void each_alert_fires_when_and_only_when_it_should() throws Exception {
        assertThat(promtool("test", "rules", "src/test/resources/alerts/vigie-alerts-test.yaml")).contains("SUCCESS");
    }

    private static String promtool(String... arguments) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(PROMTOOL)).as("promtool (Debian package prometheus) is needed; .ci/run installs it")
                .isTrue();
        String[] command = new String[arguments.length + 1];
        command[0] = PROMTOOL.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
