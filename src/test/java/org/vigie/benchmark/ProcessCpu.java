package org.vigie.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CPU time spent so far by this JVM (the console) and by Chromium's processes, by kind (renderer, GPU process,
 * browser…), read from Linux's {@code /proc}: where the time of a change shown on many boards goes.
 */
final class ProcessCpu {

    static final String CONSOLE = "console JVM";
    private static final Pattern CHROMIUM_TYPE = Pattern.compile("--type=([a-z-]+)");
    private static final double CLOCK_TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** CPU seconds by kind of process, for the processes alive now. */
    private static Map<String, Double> seconds() {
        Map<String, Double> seconds = new TreeMap<>();
        seconds.put(CONSOLE, ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .forEach(p -> chromium(p, seconds));
        } catch (IOException e) {
            throw new IllegalStateException("/proc is needed to count Chromium's CPU", e);
        }
        return seconds;
    }

    /** The cores each kind of process used, on average, while {@code work} ran. */
    static Map<String, Double> cores(Runnable work) {
        Map<String, Double> before = seconds();
        long start = System.nanoTime();
        work.run();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cores = new TreeMap<>();
        seconds().forEach((kind, seconds) -> cores.put(kind, (seconds - before.getOrDefault(kind, 0.0)) / elapsed));
        return cores;
    }

    private static void chromium(Path process, Map<String, Double> seconds) {
        try {
            String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
            if (!command.startsWith("/usr/lib/chromium/chromium")) {
                return;
            }
            Matcher type = CHROMIUM_TYPE.matcher(command);
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
            seconds.merge("Chromium " + (type.find() ? type.group(1) : "browser"), cpu, Double::sum);
        } catch (IOException | RuntimeException gone) {
            // The process ended while it was read.
        }
    }
}
