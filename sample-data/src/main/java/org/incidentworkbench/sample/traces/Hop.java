package org.incidentworkbench.sample.traces;

import java.util.List;

/**
 * One step of a request shape. A {@link Kind#SERVER} hop is a request served by {@code service}
 * (reached from its parent through a client span); the other kinds are what the current service
 * does itself: query the database, read the cache, call the external provider, publish to the
 * queue, or borrow a connection from {@code pool}. {@code probability} is the chance the hop
 * happens at all (a cache miss going to the database).
 */
record Hop(Kind kind, String service, String name, String detail, String pool, double probability, List<Hop> children) {

    enum Kind { SERVER, DB, CACHE, EXTERNAL, PRODUCE, CONSUME, POOL }

    Hop {
        children = List.copyOf(children);
    }

    static Hop server(String service, String route, Hop... children) {
        return new Hop(Kind.SERVER, service, route, "", null, 1, List.of(children));
    }

    /** A statement on a table, named as OpenTelemetry names database spans: {@code "SELECT products"}. */
    static Hop db(String operationAndTable, String statement) {
        return dbSometimes(1, operationAndTable, statement);
    }

    static Hop dbSometimes(double probability, String operationAndTable, String statement) {
        return new Hop(Kind.DB, "shop-postgres", operationAndTable, statement, null, probability, List.of());
    }

    static Hop cache(String operation, String key) {
        return new Hop(Kind.CACHE, "redis-cache", operation, key, null, 1, List.of());
    }

    static Hop external(String service, String operation, String url) {
        return new Hop(Kind.EXTERNAL, service, operation, url, null, 1, List.of());
    }

    static Hop produce(String topic, Hop consumer) {
        return new Hop(Kind.PRODUCE, "kafka", topic + " publish", topic, null, 1, List.of(consumer));
    }

    static Hop consume(String service, String topic, String work) {
        return new Hop(Kind.CONSUME, service, topic + " process", work, null, 1, List.of());
    }

    /** Borrowing a connection from {@code pool}, then doing {@code work} with it. */
    static Hop pool(String pool, Hop... work) {
        return new Hop(Kind.POOL, null, "HikariDataSource.getConnection", "", pool, 1, List.of(work));
    }
}
