package org.incidentworkbench.storage.postgres;

import java.util.List;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.storage.jdbc.Records;

/** Services and the topology between them. */
final class ServiceReads {

    private final QueryRunner db;

    ServiceReads(QueryRunner db) {
        this.db = db;
    }

    List<Service> services(Cancellation cancel) {
        return db.list("the services", Sql.of("SELECT service_id, cluster_id, namespace, service_name, kind, team, "
                + Sql.micros("created_at") + " AS created_us FROM services ORDER BY service_name COLLATE \"C\""),
                Records::service, cancel);
    }

    List<TopologyEdge> topology(Cancellation cancel) {
        return db.list("the topology", Sql.of("SELECT src, dst, relation, source FROM topology_edges"
                + " ORDER BY src COLLATE \"C\", dst COLLATE \"C\", relation COLLATE \"C\", source COLLATE \"C\""),
                Records::edge, cancel);
    }
}
