package org.incidentworkbench.sample.logs;

import static org.incidentworkbench.analysis.logs.Severity.ERROR;
import static org.incidentworkbench.analysis.logs.Severity.INFO;
import static org.incidentworkbench.analysis.logs.Severity.WARN;
import static org.incidentworkbench.sample.logs.Trigger.onErrors;
import static org.incidentworkbench.sample.logs.Trigger.perRequest;
import static org.incidentworkbench.sample.logs.Trigger.steady;
import static org.incidentworkbench.sample.system.ServiceCatalogue.AUTH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CART;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.INVENTORY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SEARCH;

import java.util.List;

/** What the shop's own services say about orders, carts, stock, searches and logins. */
final class ShopLogFamilies {

    private ShopLogFamilies() {
    }

    static List<LogFamily> all() {
        List<String> checkout = List.of(CHECKOUT);
        List<String> cart = List.of(CART);
        List<String> inventory = List.of(INVENTORY);
        List<String> search = List.of(SEARCH);
        List<String> auth = List.of(AUTH);
        return List.of(
                LogFamily.of("checkout.order.placed", INFO, checkout, "com.shop.checkout.CheckoutService", perRequest(0.005),
                        "Order {order} placed for user {user}: {int:1-6} items, total {amount} EUR"),
                LogFamily.of(LogFamilies.CHECKOUT_FAILED, ERROR, checkout, "com.shop.checkout.CheckoutService", onErrors(0.05),
                        "Checkout failed for cart {cart} (user {user}): {cause}"),
                LogFamily.of("checkout.out.of.stock", WARN, checkout, "com.shop.checkout.CheckoutService", perRequest(0.0004),
                        "Item {sku} out of stock for cart {cart}; removed from checkout"),
                LogFamily.of("cart.updated", INFO, cart, "com.shop.cart.CartService", perRequest(0.0015),
                        "Cart {cart} updated: {int:1-9} items (user {user})"),
                LogFamily.of("cart.merged", INFO, cart, "com.shop.cart.CartService", perRequest(0.0002),
                        "Merged anonymous cart {cart} into the cart of user {user}"),
                LogFamily.of("inventory.reserved", INFO, inventory, "com.shop.inventory.ReservationService", perRequest(0.003),
                        "Reserved {int:1-4} x {sku} for order {order} (reservation {uuid})"),
                LogFamily.of("inventory.insufficient", WARN, inventory, "com.shop.inventory.ReservationService", perRequest(0.0003),
                        "Reservation for {sku} failed: insufficient stock (requested {int:2-5}, available {int:0-1})"),
                LogFamily.of("inventory.expired", INFO, inventory, "com.shop.inventory.ReservationJanitor", steady(0.01),
                        "Released {int:3-80} expired reservations"),
                LogFamily.of("search.query", INFO, search, "com.shop.search.SearchController", perRequest(0.003),
                        "query=\"{q}\" hits={int:0-2400} took={self}ms index=products-v{int:41-43}"),
                LogFamily.of("search.slow", WARN, search, "com.shop.search.SearchController", perRequest(0.0001),
                        "Slow search ({ms:800-3000} ms): query=\"{q}\" shards=6"),
                LogFamily.of("search.index.refresh", INFO, search, "com.shop.search.IndexRefresher", steady(0.003),
                        "Refreshed index products-v42: {int:180000-190000} docs in {ms:300-2000} ms"),
                LogFamily.of("auth.login", INFO, auth, "com.shop.auth.LoginController", perRequest(0.0006),
                        "User {user} logged in (mfa={choice:none|totp|webauthn}, ip={ip})"),
                LogFamily.of("auth.token.expired", INFO, auth, "com.shop.auth.TokenIntrospector", perRequest(0.0004),
                        "Rejected expired token (kid={hex:8}, exp={iso:7200}) for client web-frontend"),
                LogFamily.of("auth.failed", WARN, auth, "com.shop.auth.LoginController", perRequest(0.0002),
                        "Authentication failed for {email}: invalid credentials (ip={ip}, attempt {int:1-5})"),
                LogFamily.of("auth.locked", WARN, auth, "com.shop.auth.LoginController", perRequest(0.00001),
                        "Account {user} locked after 5 failed attempts"),
                LogFamily.of("auth.error", ERROR, auth, "com.shop.auth.TokenIntrospector", onErrors(0.01),
                        "Token introspection failed: {ex}"));
    }
}
