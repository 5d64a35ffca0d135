package org.newsdesk.bench;

import java.util.Arrays;

/** Times one action many times, after a warm-up that lets the JIT, the pool and the buffer pool settle. */
record Latency(double p50Millis, double p95Millis, double maxMillis, int runs) {

    static final int WARM_UP_RUNS = 50;
    /** Fast queries need more than 50 runs before the JIT has compiled jOOQ's rendering and mapping. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    static final int MEASURED_RUNS = 200;
    /** An action slower than this gets a short run: 250 runs of a second would take minutes per figure. */
    private static final long SLOW_NANOS = 100_000_000L;

    private static final int SLOW_WARM_UP_RUNS = 2;
    private static final int SLOW_MEASURED_RUNS = 20;

    static Latency of(Runnable action) {
        if (timed(action) > SLOW_NANOS) {
            return measure(action, SLOW_WARM_UP_RUNS, 0, SLOW_MEASURED_RUNS);
        }
        return measure(action, WARM_UP_RUNS, WARM_UP_NANOS, MEASURED_RUNS);
    }

    private static Latency measure(Runnable action, int warmUpRuns, long warmUpNanos, int runs) {
        long warmUpStarted = System.nanoTime();
        for (int i = 0; i < warmUpRuns || System.nanoTime() - warmUpStarted < warmUpNanos; i++) {
            action.run();
        }
        var nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = timed(action);
        }
        Arrays.sort(nanos);
        return new Latency(millis(nanos[runs / 2]), millis(nanos[runs * 95 / 100]), millis(nanos[runs - 1]), runs);
    }

    private static long timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return System.nanoTime() - started;
    }

    @Override
    public String toString() {
        return String.format(
                "p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms%s",
                p50Millis, p95Millis, maxMillis, runs == MEASURED_RUNS ? "" : " (" + runs + " runs)");
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
