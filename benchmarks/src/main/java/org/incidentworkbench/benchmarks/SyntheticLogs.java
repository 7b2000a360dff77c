package org.incidentworkbench.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Deterministic log message bodies for the miner's speed and memory benchmarks: HDFS-, Mac- and
 * service-like templates (modelled on Loghub's) filled with varying block ids, addresses, sizes,
 * paths, hex ids, durations, user and host names, drawn with skewed frequencies as real logs are.
 * Generated, not committed: the same seed gives the same lines.
 */
final class SyntheticLogs {

    /** Templates, most frequent first; each {@code {kind}} is replaced by a fresh value of that kind. */
    private static final List<String> TEMPLATES = List.of(
            "PacketResponder {small} for block {blk} terminating",
            "Received block {blk} of size {size} from /{ip}",
            "Receiving block {blk} src: /{ip}:{port} dest: /{ip}:{port}",
            "BLOCK* NameSystem.addStoredBlock: blockMap updated: {ip}:{port} is added to {blk} size {size}",
            "Verification succeeded for {blk}",
            "BLOCK* NameSystem.allocateBlock: {path} {blk}",
            "Deleting block {blk} file {path}",
            "BLOCK* ask {ip}:{port} to delete {blk} {blk} {blk}",
            "{ip}:{port} Served block {blk} to /{ip}",
            "{ip}:{port}:Got exception while serving {blk} to /{ip}:",
            "ARPT: {float}: wl0: wl_update_tcpkeep_seq: Original Seq: {int}, Ack: {int}, Win size: {small}",
            "ARPT: {float}: AirPort_Brcm43xx::syncPowerState: WWEN[enabled]",
            "mDNS_DeregisterInterface: Frequent transitions for interface awdl0 ({hex})",
            "Thermal pressure state: {small} Memory pressure state: {small}",
            "com.apple.{app}: scheduler_evaluate_activity told me to run this job; however, but the start time isn't for {int} seconds.  Ignoring.",
            "IOThunderboltSwitch<0>({hex})::listenerCallback - Thunderbolt HPD packet for route = {hex} port = {small} unplug = 0",
            "PM response took {int} ms ({small}, powerd)",
            "Sandbox: {app}({int}) deny(1) network-outbound /private/var/run/mDNSResponder",
            "Accepted publickey for {user} from {ip} port {port} ssh2",
            "session opened for user {user} by (uid={small})",
            "GET /api/v1/orders/{int} returned 200 in {ms}",
            "request {uuid} for tenant {user} completed in {ms} with status=ok",
            "connection pool {app} exhausted: active={small} idle=0 waiting={small}",
            "retrying call to {host}:{port} after {ms} (attempt {small} of 5)",
            "cache miss for key=\"{user}:{int}\" in region {region}",
            "worker_{small} picked job {hex} from queue {region}",
            "GC pause (G1 Evacuation Pause) {size}->{size}({size}), {float} secs",
            "user {user} logged out",
            "health check passed",
            "Starting thread to transfer block {blk} to {ip}:{port}");

    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy");
    private static final List<String> APPS = List.of("icloud.fmfd.heartbeat", "Safari.SafeBrowsing.Update", "CacheDelete.daily",
            "EscrowSecurityAlert.daily", "payments-rw", "orders-ro", "mDNSResponder");
    private static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "ap-south-1");

    private SyntheticLogs() {
    }

    /** {@code n} message bodies from {@code seed}. */
    static String[] lines(int n, long seed) {
        String[] out = new String[n];
        int[] next = {0};
        forEach(n, seed, 1, line -> out[next[0]++] = line);
        return out;
    }

    /**
     * Lines handed over one at a time, so that none need be kept. With one component they are
     * those of {@link #lines}; with more, each line starts with one of that many component names
     * (letters only, so no rule masks them), which multiplies the templates by about as many.
     */
    static void forEach(long n, long seed, int components, Consumer<String> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder s = new StringBuilder(160);
        for (long i = 0; i < n; i++) {
            s.setLength(0);
            if (components > 1) {
                for (int c = random.nextInt(components) + components; c > 0; c /= 26) {
                    s.append((char) ('a' + c % 26));
                }
                s.append(": ");
            }
            fill(s, TEMPLATES.get(skewedIndex(random)), random);
            sink.accept(s.toString());
        }
    }

    /** Template {@code k} with probability about proportional to 1 / (k + 1): a few templates make most lines. */
    private static int skewedIndex(SplittableRandom random) {
        double u = random.nextDouble();
        int n = TEMPLATES.size();
        return (int) Math.min(n - 1, Math.floor(Math.expm1(u * Math.log1p(n))));
    }

    private static void fill(StringBuilder s, String template, SplittableRandom r) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                s.append(template, i, template.length());
                return;
            }
            int close = template.indexOf('}', open);
            s.append(template, i, open);
            value(s, template.substring(open + 1, close), r);
            i = close + 1;
        }
    }

    private static void value(StringBuilder s, String kind, SplittableRandom r) {
        switch (kind) {
            case "blk" -> s.append(r.nextBoolean() ? "blk_-" : "blk_").append(r.nextLong(1_000_000_000_000_000L, Long.MAX_VALUE));
            case "ip" -> s.append("10.").append(r.nextInt(256)).append('.').append(r.nextInt(256)).append('.').append(r.nextInt(256));
            case "port" -> s.append(r.nextInt(1024, 65536));
            case "size" -> s.append(r.nextInt(1, 1 << 26));
            case "small" -> s.append(r.nextInt(16));
            case "int" -> s.append(r.nextInt(1_000_000_000));
            case "float" -> {
                String fraction = Integer.toString(r.nextInt(1_000_000));
                s.append(r.nextInt(1_000_000)).append('.').repeat('0', 6 - fraction.length()).append(fraction);
            }
            case "hex" -> s.append("0x").append(Long.toHexString(r.nextLong()));
            case "ms" -> s.append(r.nextInt(5000)).append("ms");
            case "uuid" -> s.append(new UUID(r.nextLong(), r.nextLong()));
            case "path" -> s.append("/user/root/rand/_temporary/_task_").append(r.nextInt(1000)).append("_m_")
                    .append(r.nextInt(100_000)).append("/part-").append(r.nextInt(100_000));
            case "user" -> s.append(USERS.get(r.nextInt(USERS.size())));
            case "app" -> s.append(APPS.get(r.nextInt(APPS.size())));
            case "region" -> s.append(REGIONS.get(r.nextInt(REGIONS.size())));
            case "host" -> s.append("calvisitor-10-105-").append(r.nextInt(256)).append('-').append(r.nextInt(256));
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }
}
