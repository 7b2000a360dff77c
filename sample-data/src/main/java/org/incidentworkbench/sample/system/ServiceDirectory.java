package org.incidentworkbench.sample.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.sample.random.RandomIds;

/** The service records of the sample, with their ids, and the declared topology. */
public final class ServiceDirectory {

    private final List<Service> services = new ArrayList<>();
    private final Map<String, UUID> ids = new TreeMap<>();
    private final List<TopologyEdge> declaredEdges = new ArrayList<>();

    /** Services were registered a few months to two years before {@code before}. */
    public ServiceDirectory(ServiceCatalogue catalogue, Instant before, RandomGenerator rng) {
        for (ServiceSpec s : catalogue.services()) {
            UUID id = RandomIds.uuid(rng);
            Instant created = before.minus(Duration.ofDays(90 + rng.nextInt(640))).minusSeconds(rng.nextInt(86_400));
            services.add(new Service(id, s.cluster(), s.namespace(), s.name(), s.kind(), s.team(), created));
            ids.put(s.name(), id);
        }
        for (Call c : catalogue.calls()) {
            declaredEdges.add(new TopologyEdge(c.caller(), c.callee(), c.relation(), TopologyEdge.DECLARED));
        }
    }

    public List<Service> services() {
        return List.copyOf(services);
    }

    /** Service ids by name. */
    public Map<String, UUID> ids() {
        return java.util.Collections.unmodifiableMap(ids);
    }

    public List<TopologyEdge> declaredEdges() {
        return List.copyOf(declaredEdges);
    }
}
