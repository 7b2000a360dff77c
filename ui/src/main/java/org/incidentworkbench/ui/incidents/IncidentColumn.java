package org.incidentworkbench.ui.incidents;

import java.util.Comparator;
import java.util.function.BiFunction;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The columns of the incident list: what each shows (times in the chosen zone) and how it sorts.
 * The filter matches the same text the user sees.
 */
public enum IncidentColumn {
    SEVERITY("Severity", (i, z) -> severityLabel(i.severity()), Comparator.comparingInt(Incident::severity)),
    STATUS("Status", (i, z) -> i.status(), Comparator.comparing(Incident::status)),
    SERVICE("Service", (i, z) -> i.serviceName(), Comparator.comparing(Incident::serviceName)),
    TRIGGER("Trigger", (i, z) -> i.triggerType(), Comparator.comparing(Incident::triggerType)),
    WINDOW_START("Window start", (i, z) -> z.dateTime(i.windowStart()), Comparator.comparing(Incident::windowStart)),
    WINDOW_END("Window end", (i, z) -> z.dateTime(i.windowEnd()), Comparator.comparing(Incident::windowEnd)),
    TITLE("Title", (i, z) -> i.title(), Comparator.comparing(Incident::title));

    private final String header;
    private final BiFunction<Incident, TimeZoneSetting, String> text;
    private final Comparator<Incident> order;

    IncidentColumn(String header, BiFunction<Incident, TimeZoneSetting, String> text, Comparator<Incident> order) {
        this.header = header;
        this.text = text;
        this.order = order;
    }

    public String header() {
        return header;
    }

    public String text(Incident incident, TimeZoneSetting zone) {
        String s = text.apply(incident, zone);
        return s == null ? "" : s;
    }

    public Comparator<Incident> order() {
        return order;
    }

    /** "SEV1" (most severe) to "SEV5". */
    public static String severityLabel(int severity) {
        return "SEV" + severity;
    }
}
