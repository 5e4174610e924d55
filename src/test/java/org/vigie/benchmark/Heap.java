package org.vigie.benchmark;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;

/** The heap the benchmarks compare. */
public final class Heap {

    public static final String TOTAL = "(total)";
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private Heap() {
    }

    /** Used heap after three full collections, each given time to settle; moves by whole regions or pages. */
    public static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The bytes of every live object, as the JVM's class histogram counts them after a full collection
     * ({@code jcmd GC.class_histogram}): exact to the object, whatever the collector's page or region size.
     */
    public static long liveBytes() throws JMException {
        return total(histogram());
    }

    /** Bytes of live objects by class, from the same histogram; {@link #TOTAL} holds the sum. */
    public static Map<String, Long> liveBytesByClass() throws JMException {
        String histogram = histogram();
        Map<String, Long> bytes = new HashMap<>();
        Matcher line = HISTOGRAM_LINE.matcher(histogram);
        while (line.find()) {
            bytes.merge(line.group(2), Long.parseLong(line.group(1)), Long::sum);
        }
        bytes.put(TOTAL, total(histogram));
        return bytes;
    }

    /**
     * The classes whose live bytes grew most from {@code before} to {@code after}, divided by {@code per}
     * (the sessions opened between the two), as "class: KiB" lines.
     */
    public static String largestGrowth(Map<String, Long> before, Map<String, Long> after, int per, int classes) {
        return after.entrySet().stream().filter(e -> !e.getKey().equals(TOTAL))
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(classes)
                .map(e -> String.format(Locale.ROOT, "%s %.1f KiB", e.getKey(), e.getValue() / 1024.0 / per))
                .collect(Collectors.joining(", "));
    }

    private static String histogram() throws JMException {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    private static long total(String histogram) {
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("no total in the class histogram: "
                    + histogram.substring(Math.max(0, histogram.length() - 300)));
        }
        return Long.parseLong(total.group(1));
    }
}
