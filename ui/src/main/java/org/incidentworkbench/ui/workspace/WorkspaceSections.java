package org.incidentworkbench.ui.workspace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The sections of one workspace and which one is shown. It is the workspace's {@link Navigator}:
 * a section is built from its factory the first time it is shown, and focus requests go to the
 * target section once it is the one shown. Sections the wiring did not register are never shown.
 */
public final class WorkspaceSections implements Navigator {

    private final Map<Section, SectionFactory> factories;
    private final WorkspaceContext context;
    private final Map<Section, SectionView> built = new EnumMap<>(Section.class);
    private final ReadOnlyObjectWrapper<Section> selected = new ReadOnlyObjectWrapper<>();

    public WorkspaceSections(Map<Section, SectionFactory> factories, IncidentSource source, SourceFeedback feedback,
                             Incident incident, TaskRunner tasks, TimeZoneSetting timeZone) {
        this.factories = new EnumMap<>(factories);
        this.context = new WorkspaceContext(source, incident, tasks, timeZone, this, feedback);
    }

    /** The registered sections, in navigation order. */
    public List<Section> available() {
        return new ArrayList<>(factories.keySet());
    }

    public ReadOnlyObjectProperty<Section> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The section shown now, built on first use; null before the first {@link #show}. */
    public SectionView current() {
        return selected.get() == null ? null : built.get(selected.get());
    }

    @Override
    public void show(Section section) {
        if (viewOf(section) != null) {
            selected.set(section);
        }
    }

    @Override
    public void showMetric(String service, String metric) {
        focus(Section.METRICS, metrics -> metrics.focusMetric(service, metric));
    }

    @Override
    public void showLogs(Set<Severity> severities) {
        focus(Section.LOGS, logs -> logs.focusLogs(severities));
    }

    @Override
    public void showLogs(LogQuery query) {
        focus(Section.LOGS, logs -> logs.focusLogs(query));
    }

    @Override
    public boolean offers(Section section) {
        return factories.containsKey(section);
    }

    /** Disposes every section built so far; the workspace is closing. */
    public void dispose() {
        built.values().forEach(SectionView::dispose);
        built.clear();
    }

    /** Shows {@code section}, if registered, and hands it the focus request once it is the one shown. */
    private void focus(Section section, Consumer<SectionView> request) {
        SectionView view = viewOf(section);
        if (view != null) {
            selected.set(section);
            request.accept(view);
        }
    }

    private SectionView viewOf(Section section) {
        SectionFactory factory = factories.get(section);
        return factory == null ? null : built.computeIfAbsent(section, s -> factory.create(context));
    }
}
