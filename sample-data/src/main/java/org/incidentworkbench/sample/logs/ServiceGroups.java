package org.incidentworkbench.sample.logs;

import static org.incidentworkbench.sample.system.ServiceCatalogue.AUTH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CART;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CATALOG;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.INVENTORY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.NOTIFICATIONS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENTS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.RECONCILIATION_BATCH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SEARCH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.WEB_FRONTEND;

import java.util.ArrayList;
import java.util.List;

/** The groups of services that share log families. */
final class ServiceGroups {

    /** The Spring Boot services behind the storefront. */
    static final List<String> APIS = List.of(CHECKOUT, CART, SEARCH, CATALOG, PAYMENTS, INVENTORY, AUTH);
    /** Every JVM service. */
    static final List<String> JVMS = concat(APIS, List.of(NOTIFICATIONS, RECONCILIATION_BATCH));
    /** Services that call other services and log what goes wrong with those calls. */
    static final List<String> CALLERS = concat(List.of(WEB_FRONTEND), APIS, List.of(RECONCILIATION_BATCH));
    /** Services with a JDBC connection pool. */
    static final List<String> POOL_OWNERS = List.of(CHECKOUT, CATALOG, PAYMENTS, INVENTORY, AUTH, RECONCILIATION_BATCH);
    /** Services that reload configuration from ConfigMaps. */
    static final List<String> CONFIGURABLE = concat(List.of(WEB_FRONTEND), JVMS);

    private ServiceGroups() {
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }
}
