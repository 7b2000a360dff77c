package org.incidentworkbench.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.TemplateMiner;

/**
 * Shows that the miner's memory grows with its templates, not its lines. It mines generated lines
 * ({@link SyntheticLogs}, streamed, none kept) into fresh miners, first ever more lines of the same
 * templates (100,000 to 3,000,000), then the same number of lines over ever more templates (lines
 * prefixed with 1 to 100 component names), and prints the templates found and the heap each miner
 * retains: used heap after full collections with the miner alive, less the same once it is dropped.
 * Run it with {@code -XX:+UseSerialGC} so that a collection is a full one.
 */
public final class RunMinerMemory {

    private RunMinerMemory() {
    }

    public static void main(String[] args) {
        // A first measurement, not shown, loads and initialises what the others use (about 2 MiB the first time).
        measure(100_000, 1);
        System.out.printf("%12s %11s %10s %16s %14s%n", "lines", "components", "templates", "retained heap", "per template");
        for (long lines : new long[] {100_000, 1_000_000, 3_000_000}) {
            System.out.println(measure(lines, 1));
        }
        for (int components : new int[] {10, 100}) {
            System.out.println(measure(1_000_000, components));
        }
    }

    private static String measure(long lines, int components) {
        TemplateMiner miner = mine(lines, components);
        long with = usedAfterGc();
        int templates = miner.templates().size();
        Reference.reachabilityFence(miner);
        miner = null;
        long retained = with - usedAfterGc();
        return String.format(Locale.ROOT, "%,12d %,11d %,10d %12.2f MiB %10.1f KiB", lines, components, templates,
                retained / 1048576.0, retained / 1024.0 / templates);
    }

    private static TemplateMiner mine(long lines, int components) {
        TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
        SyntheticLogs.forEach(lines, TemplateMinerBenchmark.SEED, components, miner::add);
        return miner;
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
