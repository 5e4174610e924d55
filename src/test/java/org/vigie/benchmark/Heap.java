package org.vigie.benchmark;

import java.lang.management.ManagementFactory;

/** The heap the benchmarks compare: used after three full collections, each given time to settle. */
public final class Heap {

    private Heap() {
    }

    public static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
