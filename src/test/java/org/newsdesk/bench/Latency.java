package org.newsdesk.bench;

import java.util.Arrays;

/** Times one action many times, after a warm-up that lets the JIT, the pool and the buffer pool settle. */
record Latency(double p50Millis, double p95Millis, double maxMillis) {

    static final int WARM_UP_RUNS = 50;
    /** Fast queries need more than 50 runs before the JIT has compiled jOOQ's rendering and mapping. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    static final int MEASURED_RUNS = 200;

    static Latency of(Runnable action) {
        long warmUpStarted = System.nanoTime();
        for (int i = 0; i < WARM_UP_RUNS || System.nanoTime() - warmUpStarted < WARM_UP_NANOS; i++) {
            action.run();
        }
        var nanos = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long started = System.nanoTime();
            action.run();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return new Latency(millis(nanos[MEASURED_RUNS / 2]), millis(nanos[MEASURED_RUNS * 95 / 100]),
                millis(nanos[MEASURED_RUNS - 1]));
    }

    @Override
    public String toString() {
        return String.format("p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms", p50Millis, p95Millis, maxMillis);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
