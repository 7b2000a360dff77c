package org.incidentworkbench.sample.logs;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.sample.random.Draw;
import org.incidentworkbench.sample.random.RandomIds;
import org.incidentworkbench.sample.system.Call;
import org.incidentworkbench.sample.system.PoolSpec;
import org.incidentworkbench.sample.world.DataServices;
import org.incidentworkbench.sample.world.WorldState;

/**
 * The variable parts of log messages: ids, IPs, durations, paths, SQL states, amounts, and values
 * read off the simulated state (the service's latency, its GC pause, the pool it waits on).
 */
final class VariableParts {

    /** Renders one variable part into the message being built. */
    @FunctionalInterface
    interface Part {
        void render(LineContext c, StringBuilder out);
    }

    private static final List<String> SQL_STATES = List.of("57014", "40001", "40P01", "23505", "08006", "55P03");
    /** The tables each service works with; the database itself sees all of them. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "checkout", List.of("orders", "order_items"),
            "payments", List.of("payment_attempts", "refunds"),
            "inventory", List.of("stock_levels", "inventory_reservations"),
            "catalog", List.of("products", "product_prices"),
            "auth", List.of("users", "sessions"),
            "reconciliation-batch", List.of("payment_attempts", "settlements"));
    private static final List<String> ALL_TABLES = TABLES.values().stream().flatMap(List::stream).sorted().toList();
    private static final Map<String, String> KEYSPACES = Map.of("cart", "cart", "catalog", "product", "auth", "session");
    private static final List<String> QUERIES = List.of("running shoes", "wireless headphones", "rain jacket",
            "coffee grinder", "yoga mat", "usb-c cable", "kids bike", "standing desk", "espresso machine", "sunglasses");
    private static final List<String> USER_AGENTS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
            "ShopApp/5.12.1 (Android 14; Pixel 8)", "ShopApp/5.12.0 (iOS 17.4; iPhone15,2)",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
    private static final List<MessagePattern> PAGES = patterns("/", "/p/trail-running-shoe-{sku}", "/p/noise-cancelling-headphones-{sku}",
            "/c/outdoor/jackets", "/c/home/kitchen", "/search?q={q}", "/cart", "/checkout", "/account/orders",
            "/static/js/app.{hex:8}.js", "/api/cart/items", "/api/checkout/submit", "/api/products/{sku}/availability");
    private static final Map<String, List<MessagePattern>> ROUTES = Map.of(
            "checkout", patterns("POST /v1/checkout", "GET /v1/checkout/{order}/summary"),
            "cart", patterns("GET /v1/carts/{cart}", "PUT /v1/carts/{cart}/items", "DELETE /v1/carts/{cart}/items/{sku}"),
            "catalog", patterns("GET /v1/products/{sku}", "POST /v1/products:batchGet", "GET /v1/categories/{int:10-99}/products"),
            "search", patterns("GET /v1/search", "GET /v1/suggest"),
            "payments", patterns("POST /v1/payments/authorize", "GET /v1/payments/{payment}/status", "POST /v1/payments/{payment}/capture"),
            "inventory", patterns("POST /v1/reservations", "DELETE /v1/reservations/{uuid}", "GET /v1/stock/{sku}"),
            "auth", patterns("POST /v1/tokens/introspect", "POST /v1/login", "POST /v1/tokens/refresh"));
    private static final List<MessagePattern> HEALTH = patterns("GET /actuator/health");
    private static final List<String> EXCEPTIONS = List.of("java.net.SocketTimeoutException: Read timed out",
            "java.io.IOException: Connection reset by peer", "org.springframework.web.reactive.function.client.WebClientResponseException$ServiceUnavailable: 503 Service Unavailable",
            "io.netty.channel.ConnectTimeoutException: connection timed out after 1000 ms");
    private static final List<String> DECLINES = List.of("insufficient_funds", "do_not_honor", "expired_card",
            "suspected_fraud", "3ds_authentication_failed");
    private static final List<String> WEBHOOKS = List.of("AUTHORISATION", "CAPTURE", "REFUND", "CHARGEBACK", "REPORT_AVAILABLE");
    private static final List<String> DB_USERS = List.of("checkout_app", "payments_app", "inventory_app", "catalog_ro",
            "auth_ro", "reconciliation_ro");
    private static final List<String> FLAGS = List.of("feature.recommendations.v2", "checkout.express-pay", "search.semantic-rerank");

    private VariableParts() {
    }

    static Part part(String name, String arg) {
        return switch (name) {
            case "service" -> (c, o) -> o.append(c.service);
            case "subject" -> (c, o) -> o.append(c.subject);
            case "pod" -> (c, o) -> o.append(c.pod.name());
            case "node" -> (c, o) -> o.append(c.pod.node());
            case "podip" -> (c, o) -> o.append(c.pod.ip());
            case "app" -> (c, o) -> o.append(applicationClass(c.service));
            case "latency" -> (c, o) -> o.append(Math.round(latency(c)));
            case "self" -> (c, o) -> o.append(Math.round(Draw.logNormal(c.rng, c.world.selfP50(c.service, c.step),
                    c.world.selfP99(c.service, c.step))));
            case "gc" -> (c, o) -> o.append(Math.round(Draw.jitter(c.rng, c.world.gcPauseMs(c.service, c.step), 0.2)));
            case "heapmb" -> (c, o) -> o.append(Math.round(heapMaxMb(c) * Math.min(1, c.world.heapFraction(c.service, c.step))));
            case "heapmax" -> (c, o) -> o.append(Math.round(heapMaxMb(c)));
            case "restarts" -> (c, o) -> o.append((long) c.world.restarts(c.service, c.step) + 1);
            case "poolmax" -> (c, o) -> o.append(Math.round(c.world.poolMax(c.subject, c.step)
                    / Math.max(1, c.world.replicas(c.service, c.step))));
            case "waiting" -> (c, o) -> o.append(waiting(c));
            case "timeout" -> (c, o) -> o.append(timeout(c));
            case "lag" -> (c, o) -> o.append(Math.round(c.world.consumerLagSeconds(topicIndex(c.subject), c.step)));
            case "status" -> (c, o) -> o.append(c.status != 0 ? c.status : okStatus(c.rng));
            case "status5" -> (c, o) -> o.append(c.status >= 500 ? c.status : Draw.oneOf(c.rng, "500", "502", "503", "503", "504"));
            case "int" -> range(arg, (c, lo, hi) -> Long.toString(lo + c.rng.nextLong(hi - lo + 1)));
            case "ms" -> range(arg, (c, lo, hi) -> Long.toString(Math.round(lo * Math.pow((double) hi / lo, c.rng.nextDouble()))));
            case "sec" -> range(arg, (c, lo, hi) -> String.format(Locale.ROOT, "%.3f", lo + (hi - lo) * c.rng.nextDouble()));
            case "hex" -> (c, o) -> o.append(RandomIds.hex(c.rng, Integer.parseInt(arg)));
            case "uuid" -> (c, o) -> o.append(RandomIds.uuid(c.rng));
            case "order" -> (c, o) -> o.append("ORD-").append(2_400_000 + c.rng.nextInt(600_000));
            case "user" -> (c, o) -> o.append("u-").append(10_000_000 + c.rng.nextInt(9_000_000));
            case "sku" -> (c, o) -> o.append("SKU-").append(100_000 + c.rng.nextInt(900_000));
            case "cart" -> (c, o) -> o.append("c_").append(RandomIds.podSuffix(c.rng, 12));
            case "payment" -> (c, o) -> o.append("pay_").append(RandomIds.hex(c.rng, 16));
            case "pspref" -> (c, o) -> o.append(RandomIds.podSuffix(c.rng, 16).toUpperCase(Locale.ROOT));
            case "amount" -> (c, o) -> o.append(String.format(Locale.ROOT, "%.2f", 4.99 + 480 * Math.pow(c.rng.nextDouble(), 2.5)));
            case "ip" -> (c, o) -> o.append(Draw.oneOf(c.rng, "81.", "91.", "185.", "37.", "212.", "88."))
                    .append(c.rng.nextInt(256)).append('.').append(c.rng.nextInt(256)).append('.').append(1 + c.rng.nextInt(254));
            case "method" -> (c, o) -> o.append(c.route != null ? c.route.substring(0, c.route.indexOf(' '))
                    : c.rng.nextDouble() < 0.82 ? "GET" : "POST");
            case "bytes" -> (c, o) -> o.append(200 + c.rng.nextInt(48_000));
            case "ua" -> (c, o) -> o.append(Draw.oneOf(c.rng, USER_AGENTS));
            case "email" -> (c, o) -> o.append((char) ('a' + c.rng.nextInt(26))).append("***@")
                    .append(Draw.oneOf(c.rng, "gmail.com", "outlook.com", "web.de", "yahoo.fr", "icloud.com"));
            case "sqlstate" -> (c, o) -> o.append(Draw.oneOf(c.rng, SQL_STATES));
            case "table" -> (c, o) -> o.append(Draw.oneOf(c.rng, TABLES.getOrDefault(c.service, ALL_TABLES)));
            case "keyspace" -> (c, o) -> o.append(KEYSPACES.getOrDefault(c.service, "product"));
            case "q" -> (c, o) -> o.append(Draw.oneOf(c.rng, QUERIES));
            case "txid" -> (c, o) -> o.append(48_000_000 + c.rng.nextInt(2_000_000));
            case "iso" -> (c, o) -> o.append(Instant.ofEpochSecond(Micros.toInstant(c.tsMicros).getEpochSecond()
                    - c.rng.nextInt(arg.isEmpty() ? 1 : Integer.parseInt(arg))));
            case "ex" -> (c, o) -> o.append(Draw.oneOf(c.rng, EXCEPTIONS));
            case "reason" -> (c, o) -> o.append(Draw.oneOf(c.rng, DECLINES));
            case "webhook" -> (c, o) -> o.append(Draw.oneOf(c.rng, WEBHOOKS));
            case "choice" -> {
                String[] options = arg.split("\\|");
                yield (c, o) -> o.append(options[c.rng.nextInt(options.length)]);
            }
            case "dbuser" -> (c, o) -> o.append(Draw.oneOf(c.rng, DB_USERS));
            case "flag" -> (c, o) -> o.append(c.subject.isEmpty() ? Draw.oneOf(c.rng, FLAGS) : c.subject);
            case "topic" -> (c, o) -> o.append(c.subject.isEmpty() ? Draw.oneOf(c.rng, DataServices.TOPICS) : c.subject);
            case "page" -> (c, o) -> o.append(c.route != null ? c.route.substring(c.route.indexOf(' ') + 1)
                    : Draw.oneOf(c.rng, PAGES).render(c));
            case "route" -> (c, o) -> o.append(c.route != null ? c.route : Draw.oneOf(c.rng, ROUTES.getOrDefault(c.service, HEALTH)).render(c));
            case "cause" -> (c, o) -> {
                if (c.subject.isEmpty()) {
                    o.append(Draw.oneOf(c.rng, EXCEPTIONS));
                } else {
                    o.append("call to ").append(c.subject).append(c.status > 0 ? " failed with HTTP " + c.status : " timed out");
                }
            };
            default -> throw new IllegalArgumentException("unknown variable part {" + name + "}");
        };
    }

    @FunctionalInterface
    private interface RangeRenderer {
        String render(LineContext c, long lo, long hi);
    }

    private static Part range(String arg, RangeRenderer renderer) {
        String[] bounds = arg.split("-");
        long lo = Long.parseLong(bounds[0]);
        long hi = Long.parseLong(bounds[1]);
        return (c, o) -> o.append(renderer.render(c, lo, hi));
    }

    /** Pages and routes hold variable parts of their own, e.g. {@code /p/shoe-{sku}}. */
    private static List<MessagePattern> patterns(String... texts) {
        return java.util.Arrays.stream(texts).map(MessagePattern::parse).toList();
    }

    private static double latency(LineContext c) {
        if (!Double.isNaN(c.latencyMs)) {
            return c.latencyMs;
        }
        return Draw.logNormal(c.rng, c.world.p50(c.service, c.step), c.world.p99(c.service, c.step));
    }

    private static String okStatus(RandomGenerator rng) {
        double x = rng.nextDouble();
        return x < 0.95 ? "200" : x < 0.97 ? "400" : x < 0.985 ? "401" : "404";
    }

    /** The JVM sizes its heap at 75% of the container's memory limit. */
    private static double heapMaxMb(LineContext c) {
        return 0.75 * c.world.memoryLimitMb(c.service, c.step);
    }

    /** Requests queued for a connection of the pool named by the subject (Little's law on the wait). */
    private static long waiting(LineContext c) {
        WorldState w = c.world;
        PoolSpec pool = w.catalogue().pools().get(w.catalogue().poolIndex(c.subject));
        double perPod = w.rps(c.service, c.step) * pool.usage() / Math.max(1, w.replicas(c.service, c.step));
        return Math.round(perPod * w.poolWaitMs(c.subject, c.step) / 1000);
    }

    /** The timeout of the call to the subject, or the subject pool's connection timeout. */
    private static int timeout(LineContext c) {
        for (PoolSpec p : c.world.catalogue().pools()) {
            if (p.name().equals(c.subject)) {
                return p.connectionTimeoutMs();
            }
        }
        for (Call call : c.world.catalogue().callsFrom(c.service)) {
            if (call.callee().equals(c.subject)) {
                return call.timeoutMs();
            }
        }
        return 1000;
    }

    private static int topicIndex(String topic) {
        int i = DataServices.TOPICS.indexOf(topic);
        return i < 0 ? 0 : i;
    }

    /** {@code payments} becomes {@code PaymentsApplication}, {@code web-frontend} {@code WebFrontendApplication}. */
    static String applicationClass(String service) {
        StringBuilder out = new StringBuilder();
        for (String word : service.split("-")) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.append("Application").toString();
    }
}
