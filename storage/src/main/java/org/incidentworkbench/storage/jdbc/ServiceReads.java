package org.incidentworkbench.storage.jdbc;

import static org.incidentworkbench.storage.schema.Relation.SERVICES;
import static org.incidentworkbench.storage.schema.Relation.TOPOLOGY_EDGES;

import java.util.List;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.TopologyEdge;

/** Services and the topology between them. */
final class ServiceReads {

    private final Reader db;
    private final SqlDialect d;
    private final Relations rel;

    ServiceReads(Reader db, SqlDialect dialect, Relations relations) {
        this.db = db;
        this.d = dialect;
        this.rel = relations;
    }

    List<Service> services(Cancellation cancel) {
        return db.list("the services", Sql.of("SELECT service_id, cluster_id, namespace, service_name, kind, team, "
                        + d.micros("created_at") + " AS created_us FROM ").relation(rel, SERVICES, "services")
                .add(" ORDER BY " + d.collate("service_name")), Records::service, cancel);
    }

    List<TopologyEdge> topology(Cancellation cancel) {
        return db.list("the topology", Sql.of("SELECT src, dst, relation, source FROM ").relation(rel, TOPOLOGY_EDGES, "e")
                .add(" ORDER BY " + d.collate("src") + ", " + d.collate("dst") + ", " + d.collate("relation") + ", "
                        + d.collate("source")), Records::edge, cancel);
    }
}
