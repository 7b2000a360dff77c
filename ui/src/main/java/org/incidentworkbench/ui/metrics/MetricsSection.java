package org.incidentworkbench.ui.metrics;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentworkbench.ui.workspace.FailureNotice;
import org.incidentworkbench.ui.workspace.SectionView;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/**
 * The Metrics section of a workspace: the metric picker on the left, the toolbar and the charts on
 * the right. Opens on the incident service's key signals over the incident window with context.
 */
public final class MetricsSection implements SectionView {

    private final MetricsViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartsPane charts;

    public MetricsSection(WorkspaceContext context) {
        model = new MetricsViewModel(context.source(), context.incident(), context.tasks());
        charts = new ChartsPane(model, context.timeZone());
        VBox right = new VBox(new MetricsToolbar(model, context.timeZone()),
                new FailureNotice(model.failures(), "metrics-failure"), charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        root.setId("metrics-section");
        root.setLeft(new HBox(new MetricPicker(model), new Separator(Orientation.VERTICAL)));
        root.setCenter(right);
        model.open();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusMetric(String service, String metric) {
        model.focusMetric(service, metric);
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    /** The state behind the view, for tests that drive it. */
    public MetricsViewModel model() {
        return model;
    }
}
