package org.incidentworkbench.sample.traces;

import static org.incidentworkbench.sample.system.ServiceCatalogue.AUTH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CART;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CATALOG;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.EDGE_GATEWAY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.INVENTORY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.NOTIFICATIONS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENTS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENT_PROVIDER;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SEARCH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.WEB_FRONTEND;
import static org.incidentworkbench.sample.traces.Hop.cache;
import static org.incidentworkbench.sample.traces.Hop.consume;
import static org.incidentworkbench.sample.traces.Hop.db;
import static org.incidentworkbench.sample.traces.Hop.dbSometimes;
import static org.incidentworkbench.sample.traces.Hop.external;
import static org.incidentworkbench.sample.traces.Hop.pool;
import static org.incidentworkbench.sample.traces.Hop.produce;
import static org.incidentworkbench.sample.traces.Hop.server;

import java.util.List;

/** The requests the shop serves, following the topology from the edge down. */
final class TraceShapes {

    private TraceShapes() {
    }

    static List<TraceShape> all() {
        Hop productPage = server(EDGE_GATEWAY, "GET /p/{slug}",
                server(WEB_FRONTEND, "GET /p/[slug]",
                        server(CATALOG, "GET /v1/products/{sku}",
                                cache("GET", "product:{sku}"),
                                dbSometimes(0.12, "SELECT products", "SELECT p.* FROM products p WHERE p.sku = $1"))));
        Hop search = server(EDGE_GATEWAY, "GET /search",
                server(WEB_FRONTEND, "GET /search",
                        server(SEARCH, "GET /v1/search",
                                cache("GET", "search:{hash}"),
                                server(CATALOG, "POST /v1/products:batchGet", cache("MGET", "product:{sku}")))));
        Hop addToCart = server(EDGE_GATEWAY, "PUT /api/cart/items",
                server(WEB_FRONTEND, "PUT /api/cart/items",
                        server(CART, "PUT /v1/carts/{cartId}/items",
                                cache("GET", "cart:{cartId}"),
                                server(CATALOG, "GET /v1/products/{sku}", cache("GET", "product:{sku}")),
                                cache("SET", "cart:{cartId}"))));
        Hop authorise = server(PAYMENTS, "POST /v1/payments/authorize",
                pool("payments-rw",
                        db("INSERT payment_attempts", "INSERT INTO payment_attempts (id, order_id, amount, status) VALUES ($1, $2, $3, 'PENDING')"),
                        external(PAYMENT_PROVIDER, "POST /v3/payments", "https://checkout-live.psp.example/v3/payments"),
                        db("UPDATE payment_attempts", "UPDATE payment_attempts SET status = $1, psp_reference = $2 WHERE id = $3")));
        Hop checkout = server(EDGE_GATEWAY, "POST /api/checkout/submit",
                server(WEB_FRONTEND, "POST /api/checkout/submit",
                        server(CHECKOUT, "POST /v1/checkout",
                                server(AUTH, "POST /v1/tokens/introspect", cache("GET", "session:{sid}")),
                                server(CART, "GET /v1/carts/{cartId}", cache("GET", "cart:{cartId}")),
                                server(INVENTORY, "POST /v1/reservations",
                                        pool("inventory-rw", db("UPDATE stock_levels", "UPDATE stock_levels SET reserved = reserved + $1 WHERE sku = $2 AND available >= $1"))),
                                authorise,
                                pool("checkout-rw", db("INSERT orders", "INSERT INTO orders (id, user_id, total, status) VALUES ($1, $2, $3, 'PLACED')")),
                                produce("order-events", consume(NOTIFICATIONS, "order-events", "send order confirmation")))));
        Hop paymentStatus = server(EDGE_GATEWAY, "GET /api/payments/{id}/status",
                server(WEB_FRONTEND, "GET /api/payments/[id]/status",
                        server(PAYMENTS, "GET /v1/payments/{paymentId}/status",
                                pool("payments-ro", db("SELECT payment_attempts", "SELECT status FROM payment_attempts WHERE id = $1")))));
        Hop login = server(EDGE_GATEWAY, "POST /api/login",
                server(AUTH, "POST /v1/login",
                        pool("auth-ro", db("SELECT users", "SELECT id, password_hash FROM users WHERE email = $1")),
                        cache("SET", "session:{sid}")));
        return List.of(
                new TraceShape("product page", productPage, (w, i) -> 0.85 * w.rps(CATALOG, i)),
                new TraceShape("search", search, (w, i) -> w.rps(SEARCH, i)),
                new TraceShape("add to cart", addToCart, (w, i) -> 0.6 * w.rps(CART, i)),
                new TraceShape("checkout", checkout, (w, i) -> w.rps(CHECKOUT, i)),
                new TraceShape("payment status", paymentStatus, (w, i) -> 0.55 * w.rps(PAYMENTS, i)),
                new TraceShape("login", login, (w, i) -> 0.02 * w.rps(AUTH, i)));
    }
}
