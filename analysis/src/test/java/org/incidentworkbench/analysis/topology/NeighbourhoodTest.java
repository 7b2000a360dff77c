package org.incidentworkbench.analysis.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

    private static final List<TopologyEdge> SHOP = List.of(
            edge("web", "checkout"), edge("checkout", "payments"), edge("checkout", "cart"),
            edge("payments", "postgres"), edge("payments", "psp"), edge("cart", "redis"),
            edge("postgres", "disk"), edge("payments", "checkout"));

    @Test
    void walksDependenciesUpToTheGivenHopsNearestFirstThenByName() {
        assertThat(new Neighbourhood(SHOP).within("checkout", 2)).containsExactly(
                entry("checkout", 0), entry("cart", 1), entry("payments", 1),
                entry("postgres", 2), entry("psp", 2), entry("redis", 2));
    }

    @Test
    void followsEdgesOnlyFromSourceToTargetAndVisitsEachServiceOnceDespiteCyclesAndDuplicates() {
        List<TopologyEdge> withDuplicate = new ArrayList<>(SHOP);
        withDuplicate.add(new TopologyEdge("payments", "postgres", "reads_from", TopologyEdge.DERIVED_FROM_TRACES));

        assertThat(new Neighbourhood(withDuplicate).within("payments", 5)).containsExactly(
                entry("payments", 0), entry("checkout", 1), entry("postgres", 1), entry("psp", 1),
                entry("cart", 2), entry("disk", 2), entry("redis", 3));
    }

    @Test
    void aServiceWithoutDependenciesOrUnknownToTheTopologyIsItsOwnNeighbourhood() {
        assertThat(new Neighbourhood(SHOP).within("redis", 2)).containsExactly(entry("redis", 0));
        assertThat(new Neighbourhood(List.of()).within("ghost", 2)).containsExactly(entry("ghost", 0));
        assertThat(new Neighbourhood(SHOP).within("checkout", 0)).containsExactly(entry("checkout", 0));
    }

    private static Map.Entry<String, Integer> entry(String service, int hops) {
        return Map.entry(service, hops);
    }

    private static TopologyEdge edge(String source, String target) {
        return new TopologyEdge(source, target, "calls", TopologyEdge.DECLARED);
    }
}
