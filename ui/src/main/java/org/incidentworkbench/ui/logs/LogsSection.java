package org.incidentworkbench.ui.logs;

import java.time.ZoneId;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.FailureNotice;
import org.incidentworkbench.ui.workspace.SectionView;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/**
 * The Logs section of a workspace: filters and the volume histogram on top, the paged log table
 * and the selected record's details side by side below.
 */
public final class LogsSection implements SectionView {

    private final LogsViewModel vm;
    private final BorderPane root = new BorderPane();

    public LogsSection(WorkspaceContext context) {
        this(context, WindowSize.DEFAULT);
    }

    /** With another window size: tests slide a small window over the small sample. */
    LogsSection(WorkspaceContext context, WindowSize windowSize) {
        vm = new LogsViewModel(context.source(), context.tasks(), new FxScheduler(), context.incidentWindow(),
                context.incident().serviceName(), windowSize);
        // The section's views follow the app's zone through a binding, which holds the section only
        // weakly: a closed workspace's section is not kept alive by the app-wide setting.
        TimeZoneSetting zone = new TimeZoneSetting(ZoneId.systemDefault());
        zone.zoneProperty().bind(context.timeZone().zoneProperty());
        HistogramCanvas histogram = new HistogramCanvas(zone, context.incidentWindow(),
                vm::setRange, vm::resetRange);
        histogram.setId("log-histogram");
        vm.histogramProperty().addListener((o, was, now) -> histogram.show(now));

        LogTable table = new LogTable(vm, zone);
        table.node().setId("log-table");
        LogDetailsPane details = new LogDetailsPane(vm, zone);
        SplitPane body = new SplitPane(table.node(), details.node());
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(details.node(), false);

        root.setTop(new VBox(new LogFilterBar(vm, zone).node(), new FailureNotice(vm.failures(), "logs-failure"), histogram));
        root.setCenter(body);
        root.getStyleClass().add("logs-section");
        root.getStylesheets().addAll(SeverityStyle.stylesheet(), LogsSection.class.getResource("logs.css").toExternalForm());
        vm.start();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusLogs(Set<Severity> severities) {
        vm.focusLogs(severities);
    }

    @Override
    public void focusLogs(LogQuery query) {
        vm.focusLogs(query);
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    /** For tests and benchmarks that drive the section through its view model. */
    LogsViewModel viewModel() {
        return vm;
    }
}
