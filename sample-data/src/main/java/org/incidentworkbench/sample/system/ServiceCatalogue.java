package org.incidentworkbench.sample.system;

import static org.incidentworkbench.analysis.topology.ServiceKind.API;
import static org.incidentworkbench.analysis.topology.ServiceKind.CACHE;
import static org.incidentworkbench.analysis.topology.ServiceKind.DATABASE;
import static org.incidentworkbench.analysis.topology.ServiceKind.EDGE;
import static org.incidentworkbench.analysis.topology.ServiceKind.EXTERNAL;
import static org.incidentworkbench.analysis.topology.ServiceKind.FRONTEND;
import static org.incidentworkbench.analysis.topology.ServiceKind.QUEUE;
import static org.incidentworkbench.analysis.topology.ServiceKind.WORKER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shop: 15 services, the calls between them and their connection pools. Services are listed
 * upstream first (every caller before its callees), so traffic flows forward through the list and
 * failures flow backward.
 */
public final class ServiceCatalogue {

    public static final String EDGE_GATEWAY = "edge-gateway";
    public static final String WEB_FRONTEND = "web-frontend";
    public static final String CHECKOUT = "checkout";
    public static final String CART = "cart";
    public static final String SEARCH = "search";
    public static final String CATALOG = "catalog";
    public static final String PAYMENTS = "payments";
    public static final String INVENTORY = "inventory";
    public static final String AUTH = "auth";
    public static final String RECONCILIATION_BATCH = "reconciliation-batch";
    public static final String PAYMENT_PROVIDER = "payment-provider";
    public static final String REDIS_CACHE = "redis-cache";
    public static final String SHOP_POSTGRES = "shop-postgres";
    public static final String KAFKA = "kafka";
    public static final String NOTIFICATIONS = "notifications";

    public static final String CLUSTER = "prod-eu-west-1";
    /** Requests per second reaching the edge at the daily peak. */
    public static final double PEAK_ENTRY_RPS = 420;
    /** Records per second the reconciliation batch works through while it runs. */
    public static final double BATCH_RECORDS_PER_SECOND = 900;

    private static final ServiceCatalogue STANDARD = new ServiceCatalogue(standardServices(), standardCalls(), standardPools());

    private final List<ServiceSpec> services;
    private final List<Call> calls;
    private final List<PoolSpec> pools;
    private final Map<String, Integer> indexByName;

    private ServiceCatalogue(List<ServiceSpec> services, List<Call> calls, List<PoolSpec> pools) {
        this.services = List.copyOf(services);
        this.calls = List.copyOf(calls);
        this.pools = List.copyOf(pools);
        this.indexByName = services.stream().collect(Collectors.toUnmodifiableMap(ServiceSpec::name,
                services::indexOf));
        int previousCaller = 0;
        for (Call c : calls) {
            if (index(c.caller()) >= index(c.callee()) && !c.consuming()) {
                throw new IllegalStateException("caller listed after callee: " + c);
            }
            if (index(c.caller()) < previousCaller) {
                throw new IllegalStateException("calls must be listed in caller order: " + c);
            }
            previousCaller = index(c.caller());
        }
    }

    public static ServiceCatalogue standard() {
        return STANDARD;
    }

    /** Every service, upstream first. */
    public List<ServiceSpec> services() {
        return services;
    }

    public List<Call> calls() {
        return calls;
    }

    public List<PoolSpec> pools() {
        return pools;
    }

    public int size() {
        return services.size();
    }

    public int index(String service) {
        Integer i = indexByName.get(service);
        if (i == null) {
            throw new IllegalArgumentException("no such service in the sample: " + service);
        }
        return i;
    }

    public ServiceSpec service(String name) {
        return services.get(index(name));
    }

    /** The calls {@code caller} makes, in catalogue order. */
    public List<Call> callsFrom(String caller) {
        return calls.stream().filter(c -> c.caller().equals(caller)).toList();
    }

    /** The synchronous call from {@code caller} to {@code callee}. */
    public Call call(String caller, String callee) {
        return calls.stream().filter(c -> c.caller().equals(caller) && c.callee().equals(callee)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no call " + caller + " -> " + callee));
    }

    public List<PoolSpec> poolsOf(String owner) {
        return pools.stream().filter(p -> p.owner().equals(owner)).toList();
    }

    public int poolIndex(String poolName) {
        for (int i = 0; i < pools.size(); i++) {
            if (pools.get(i).name().equals(poolName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no such pool: " + poolName);
    }

    /** Work arriving from outside the shop at the daily peak, per second, by catalogue index. */
    public double[] peakArrivals() {
        double[] arrivals = new double[size()];
        arrivals[index(EDGE_GATEWAY)] = PEAK_ENTRY_RPS;
        arrivals[index(RECONCILIATION_BATCH)] = BATCH_RECORDS_PER_SECOND;
        return arrivals;
    }

    /** Requests (or operations, messages) per second each service handles at the daily peak. */
    public double[] peakRps() {
        double[] rps = peakArrivals();
        for (Call c : calls) {
            if (c.consuming()) {
                rps[index(c.caller())] += rps[index(c.callee())] * c.share();
            } else {
                rps[index(c.callee())] += rps[index(c.caller())] * c.share();
            }
        }
        return rps;
    }

    private static List<ServiceSpec> standardServices() {
        String ext = "external";
        return List.of(
                //          name                  kind      cluster  namespace     team            pods util  p50  p99   errors  cores  memMb  jvm
                new ServiceSpec(EDGE_GATEWAY, EDGE, CLUSTER, "edge", "platform-edge", 4, 0.40, 2, 15, 0.0004, 1.0, 512, false),
                new ServiceSpec(WEB_FRONTEND, FRONTEND, CLUSTER, "storefront", "storefront", 6, 0.60, 22, 140, 0.0008, 1.0, 768, false),
                new ServiceSpec(CHECKOUT, API, CLUSTER, "shop", "checkout", 3, 0.55, 30, 180, 0.0015, 1.0, 1536, true),
                new ServiceSpec(CART, API, CLUSTER, "shop", "checkout", 3, 0.50, 6, 45, 0.0008, 0.5, 1024, true),
                new ServiceSpec(SEARCH, API, CLUSTER, "shop", "discovery", 3, 0.60, 38, 260, 0.0010, 2.0, 2048, true),
                new ServiceSpec(CATALOG, API, CLUSTER, "shop", "discovery", 4, 0.60, 9, 70, 0.0006, 1.0, 1536, true),
                new ServiceSpec(PAYMENTS, API, CLUSTER, "payments", "payments", 2, 0.50, 45, 240, 0.0020, 1.0, 1536, true),
                new ServiceSpec(INVENTORY, API, CLUSTER, "shop", "fulfilment", 3, 0.50, 11, 80, 0.0010, 0.5, 1024, true),
                new ServiceSpec(AUTH, API, CLUSTER, "identity", "identity", 3, 0.50, 4, 30, 0.0005, 0.5, 768, true),
                new ServiceSpec(RECONCILIATION_BATCH, WORKER, CLUSTER, "batch", "finance-eng", 1, 0.70, 20, 120, 0.0, 2.0, 3072, true),
                new ServiceSpec(PAYMENT_PROVIDER, EXTERNAL, ext, "psp", "payments", 0, 0.30, 850, 2800, 0.0030, 0, 0, false),
                new ServiceSpec(REDIS_CACHE, CACHE, CLUSTER, "data", "platform", 3, 0.30, 0.4, 3, 0.00005, 1.0, 4096, false),
                new ServiceSpec(SHOP_POSTGRES, DATABASE, CLUSTER, "data", "data-platform", 2, 0.45, 1.8, 25, 0.0001, 4.0, 16384, false),
                new ServiceSpec(KAFKA, QUEUE, CLUSTER, "data", "data-platform", 3, 0.20, 2, 20, 0.0, 2.0, 8192, false),
                new ServiceSpec(NOTIFICATIONS, WORKER, CLUSTER, "messaging", "messaging", 2, 0.40, 60, 400, 0.0020, 0.5, 1024, true));
    }

    private static List<Call> standardCalls() {
        List<Call> c = new ArrayList<>();
        c.add(new Call(EDGE_GATEWAY, WEB_FRONTEND, "calls", 0.90, 15_000, "GET /*"));
        c.add(new Call(EDGE_GATEWAY, AUTH, "calls", 0.30, 2_000, "POST /v1/tokens/introspect"));
        c.add(new Call(WEB_FRONTEND, CHECKOUT, "calls", 0.08, 10_000, "POST /v1/checkout"));
        c.add(new Call(WEB_FRONTEND, CART, "calls", 0.15, 3_000, "PUT /v1/carts/{cartId}/items"));
        c.add(new Call(WEB_FRONTEND, SEARCH, "calls", 0.20, 3_000, "GET /v1/search"));
        c.add(new Call(WEB_FRONTEND, CATALOG, "calls", 0.55, 3_000, "GET /v1/products/{sku}"));
        c.add(new Call(WEB_FRONTEND, PAYMENTS, "calls", 0.10, 3_000, "GET /v1/payments/{paymentId}/status"));
        c.add(new Call(CHECKOUT, CART, "calls", 1.00, 2_000, "GET /v1/carts/{cartId}"));
        c.add(new Call(CHECKOUT, PAYMENTS, "calls", 0.95, 5_000, "POST /v1/payments/authorize"));
        c.add(new Call(CHECKOUT, INVENTORY, "calls", 1.00, 3_000, "POST /v1/reservations"));
        c.add(new Call(CHECKOUT, AUTH, "calls", 1.00, 1_000, "POST /v1/tokens/introspect"));
        c.add(new Call(CHECKOUT, SHOP_POSTGRES, "writes_to", 1.00, 2_000, "INSERT INTO orders"));
        c.add(new Call(CHECKOUT, KAFKA, "publishes_to", 1.00, 1_000, "order-events send"));
        c.add(new Call(CART, CATALOG, "calls", 0.30, 1_000, "GET /v1/products/{sku}"));
        c.add(new Call(CART, REDIS_CACHE, "reads_from", 1.00, 250, "GET cart:*"));
        c.add(new Call(SEARCH, CATALOG, "calls", 0.20, 1_000, "POST /v1/products:batchGet"));
        c.add(new Call(SEARCH, REDIS_CACHE, "reads_from", 0.50, 250, "GET search:*"));
        c.add(new Call(CATALOG, REDIS_CACHE, "reads_from", 1.00, 250, "GET product:*"));
        c.add(new Call(CATALOG, SHOP_POSTGRES, "reads_from", 0.12, 2_000, "SELECT FROM products"));
        c.add(new Call(PAYMENTS, PAYMENT_PROVIDER, "calls", 0.45, 5_000, "POST /v3/payments"));
        c.add(new Call(PAYMENTS, SHOP_POSTGRES, "writes_to", 1.00, 3_000, "INSERT INTO payment_attempts"));
        c.add(new Call(INVENTORY, SHOP_POSTGRES, "writes_to", 1.00, 2_000, "UPDATE stock_levels"));
        c.add(new Call(AUTH, REDIS_CACHE, "reads_from", 0.80, 250, "GET session:*"));
        c.add(new Call(AUTH, SHOP_POSTGRES, "reads_from", 0.05, 1_000, "SELECT FROM users"));
        c.add(new Call(RECONCILIATION_BATCH, PAYMENT_PROVIDER, "calls", 0.02, 30_000, "GET /v3/settlements"));
        c.add(new Call(RECONCILIATION_BATCH, SHOP_POSTGRES, "reads_from", 1.00, 30_000, "SELECT FROM payment_attempts"));
        c.add(new Call(NOTIFICATIONS, KAFKA, "consumes_from", 1.00, 0, "order-events poll"));
        return c;
    }

    private static List<PoolSpec> standardPools() {
        return List.of(
                new PoolSpec(CHECKOUT, "checkout-rw", 20, 1.00, 25, null, 3_000),
                new PoolSpec(PAYMENTS, "payments-rw", 50, 0.45, 200, PAYMENT_PROVIDER, 3_000),
                new PoolSpec(PAYMENTS, "payments-ro", 20, 0.55, 6, null, 3_000),
                new PoolSpec(INVENTORY, "inventory-rw", 15, 1.00, 18, null, 3_000),
                new PoolSpec(CATALOG, "catalog-ro", 12, 0.12, 8, null, 2_000),
                new PoolSpec(AUTH, "auth-ro", 10, 0.05, 5, null, 1_000),
                new PoolSpec(RECONCILIATION_BATCH, "reconciliation-ro", 40, 1.00, 20, null, 30_000));
    }

}
