package org.incidentworkbench.ui.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.ui.charts.ChartMarker;

/** Turns deployments and config changes into chart markers whose tooltip names the change. */
final class ChangeMarkers {

    /** A top-level string or scalar member of the flat {field, old_value, new_value} payload. */
    private static final String MEMBER = "\"%s\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,}\\s]+))";

    private ChangeMarkers() {
    }

    static List<ChartMarker> of(List<DeploymentEvent> deployments, List<ConfigChangeEvent> configChanges) {
        List<ChartMarker> markers = new ArrayList<>();
        for (DeploymentEvent d : deployments) {
            markers.add(new ChartMarker(Micros.of(d.startedAt()), ChartMarker.Kind.DEPLOYMENT,
                    "Deployment · " + d.serviceName(), deploymentDetail(d)));
        }
        for (ConfigChangeEvent c : configChanges) {
            String service = c.serviceName() == null ? "cluster-wide" : c.serviceName();
            markers.add(new ChartMarker(Micros.of(c.detectedAt()), ChartMarker.Kind.CONFIG_CHANGE,
                    "Config change · " + service, configDetail(c)));
        }
        markers.sort(Comparator.comparingLong(ChartMarker::atMicros));
        return List.copyOf(markers);
    }

    private static String deploymentDetail(DeploymentEvent d) {
        String revision = d.revision() == null ? "manual change" : "revision " + shortRevision(d.revision());
        String kind = d.deployType() == null ? "" : d.deployType() + " · ";
        String image = d.imageRef() == null ? "" : "\n" + d.imageRef();
        return kind + revision + image;
    }

    private static String configDetail(ConfigChangeEvent c) {
        String what = join(c.changeKind(), c.resourceName());
        String payload = c.diffPayloadJson() == null ? "" : c.diffPayloadJson();
        String field = member(payload, "field");
        String diff = field == null ? ""
                : "\n" + field + ": " + orDash(member(payload, "old_value")) + " → " + orDash(member(payload, "new_value"));
        String by = c.actor() == null ? "" : "\nby " + c.actor();
        return what + diff + by;
    }

    private static String member(String json, String name) {
        Matcher m = Pattern.compile(String.format(MEMBER, Pattern.quote(name))).matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : m.group(2);
    }

    private static String shortRevision(String revision) {
        return revision.matches("[0-9a-f]{40}") ? revision.substring(0, 10) : revision;
    }

    private static String join(String kind, String resource) {
        if (kind == null) {
            return resource == null ? "" : resource;
        }
        return resource == null ? kind : kind + " " + resource;
    }

    private static String orDash(String value) {
        return value == null || "null".equals(value) ? "–" : value;
    }
}
