package org.incidentworkbench.sample;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The incidents the generator can stage, each caused by a different kind of root cause. */
public enum Scenario {
    CHECKOUT_DB_POOL("checkout-db-pool",
            "Checkout errors after a payments release shrank its database connection pool (cause: a release)"),
    TRAFFIC_SURGE("traffic-surge",
            "A flash-sale traffic surge overloads the storefront before autoscaling catches up (cause: traffic)"),
    PAYMENT_PROVIDER_OUTAGE("payment-provider-outage",
            "The external payment provider returns 5xx and times out; checkout fails (cause: a dependency)"),
    MEMORY_PRESSURE("memory-pressure",
            "Inventory pods run out of heap: GC thrashing, then OOM kills; checkout fails (cause: infrastructure)");

    private final String cliName;
    private final String description;

    Scenario(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** The name used on the command line, e.g. {@code checkout-db-pool}. */
    public String cliName() {
        return cliName;
    }

    /** One line saying what happens in the scenario. */
    public String description() {
        return description;
    }

    /** The scenario with this command-line name (case-insensitive; underscores accepted for hyphens). */
    public static Scenario parse(String cliName) {
        String wanted = cliName == null ? "" : cliName.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Scenario s : values()) {
            if (s.cliName.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + cliName + "': use one of "
                + Arrays.stream(values()).map(Scenario::cliName).collect(Collectors.joining(", ")));
    }

    public static Scenario defaultScenario() {
        return CHECKOUT_DB_POOL;
    }
}
