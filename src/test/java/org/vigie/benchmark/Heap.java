package org.vigie.benchmark;

import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/** The heap the benchmarks compare. */
public final class Heap {

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
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("no total in the class histogram: "
                    + histogram.substring(Math.max(0, histogram.length() - 300)));
        }
        return Long.parseLong(total.group(1));
    }
}
