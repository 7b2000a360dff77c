package org.incidentworkbench.ui.templates;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.templates.TemplateChange;
import org.incidentworkbench.analysis.templates.TemplateReport;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.templates.TemplateReports.Status;
import org.incidentworkbench.ui.workspace.Navigator;
import org.incidentworkbench.ui.workspace.Section;

/**
 * The Overview's "What changed in the logs" card: the few most significant template changes of the
 * workspace's shared {@link TemplateReports}, a row leading to the template's lines in Logs and the
 * card to the whole section.
 */
public final class LogChangesCardModel {

    /** Rows on the card; the section has the rest. */
    public static final int SHOWN = 5;

    private final TemplateReports reports;
    private final Navigator navigator;
    private final ObservableList<TemplateChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final StringBinding summary;

    public LogChangesCardModel(TemplateReports reports, Navigator navigator) {
        this.reports = reports;
        this.navigator = navigator;
        reports.reportProperty().addListener((o, was, now) -> show(now));
        show(reports.reportProperty().get());
        summary = Bindings.createStringBinding(this::summaryText, reports.statusProperty(), reports.progressTextProperty(),
                reports.reportProperty());
    }

    /** Starts mining unless the section already did; also what "Try again" does. */
    public void load() {
        reports.load(this);
    }

    public void dispose() {
        reports.release(this);
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return reports.statusProperty();
    }

    /** The most significant changes, at most {@link #SHOWN}. */
    public ObservableList<TemplateChange> changes() {
        return changes;
    }

    /** How many changes the report found in all. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** One line under the card's title: what is compared, how far mining got, or why it failed. */
    public StringBinding summary() {
        return summary;
    }

    public boolean canOpenSection() {
        return navigator.offers(Section.TEMPLATES);
    }

    public void openSection() {
        navigator.show(Section.TEMPLATES);
    }

    public void showLines(TemplateChange change) {
        navigator.showLogs(TemplateLines.query(change.activity(), reports.reportProperty().get().windows()));
    }

    private void show(TemplateReport report) {
        changes.setAll(report == null ? List.of() : report.changes().stream().limit(SHOWN).toList());
        total.set(report == null ? 0 : report.changes().size());
    }

    private String summaryText() {
        return switch (reports.statusProperty().get()) {
            case IDLE -> "";
            case MINING -> "Mining the incident's log templates… " + reports.progressTextProperty().get();
            case FAILED -> "Could not mine the log templates: " + Problems.plainMessage(reports.failureProperty().get());
            case READY -> {
                TemplateReport r = reports.reportProperty().get();
                yield r.changes().isEmpty()
                        ? "No template's rate changed significantly against " + r.windows().baseline().kind().description() + "."
                        : r.changes().size() + " templates changed against " + r.windows().baseline().kind().description()
                                + ", most significant first";
            }
        };
    }
}
