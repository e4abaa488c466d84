package dk.fritvalg.benchmark;

import java.util.Arrays;

/** Latencies in nanoseconds and their percentiles in milliseconds. */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    public double ms(double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }

    @Override
    public String toString() {
        return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (n=%d)", ms(50), ms(95), ms(99), sorted.length);
    }
}
