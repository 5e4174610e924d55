package org.vigie.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's {@code wrk} as the load generator, in a process of its own, on loopback only. */
final class Wrk {

    static final Path WRK = Path.of("/usr/bin/wrk");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    private Wrk() {
    }

    static double requestsPerSecond(String url, int seconds, List<String> headers) throws IOException, InterruptedException {
        if (!Files.isExecutable(WRK)) {
            throw new IllegalStateException("the load generator is Debian's wrk: apt-get install wrk");
        }
        List<String> command = new ArrayList<>(List.of(WRK.toString(), "-t", "2", "-c", "32", "-d", seconds + "s"));
        headers.forEach(h -> command.addAll(List.of("-H", h)));
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher rate = RATE.matcher(output);
        if (!rate.find() || output.contains("Non-2xx or 3xx responses")) {
            throw new IllegalStateException("wrk failed or saw errors:\n" + output);
        }
        return Double.parseDouble(rate.group(1));
    }
}
