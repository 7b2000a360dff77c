package org.incidentworkbench.ui.logs;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The filter controls above the histogram: services, severity chips, the template filter (shown while
 * one applies, with a × to drop it), text, trace id and order, and
 * below them the range shown, jumps to the first and last records, where the table's window is
 * and a loading indicator. Controls write to the view
 * model; when the view model changes the filter itself (focus, trace link) the controls follow.
 */
final class LogFilterBar {

    private final LogsViewModel vm;
    private final TimeZoneSetting zone;
    private final CheckComboBox<String> services = new CheckComboBox<>();
    private final Map<Severity, ToggleButton> chips = new EnumMap<>(Severity.class);
    private final ToggleButton newestFirst = new ToggleButton("Newest first");
    private final Label range = new Label();
    private final Label templateText = new Label();
    private final Node templateFilter;
    private final VBox root;
    /** Set while the controls are being made to show the view model's filter, so they do not write it back. */
    private boolean following;

    LogFilterBar(LogsViewModel vm, TimeZoneSetting zone) {
        this.vm = vm;
        this.zone = zone;
        TextField text = new TextField();
        text.setPromptText("Search message text");
        text.setPrefColumnCount(18);
        text.textProperty().bindBidirectional(vm.searchTextProperty());
        text.setId("log-search");
        TextField trace = new TextField();
        trace.setPromptText("Trace id");
        trace.setPrefColumnCount(14);
        trace.textProperty().bindBidirectional(vm.traceIdProperty());
        trace.setId("log-trace");

        services.setId("log-services");
        services.setPrefWidth(190);
        services.getItems().setAll(vm.services());
        vm.services().addListener((ListChangeListener<String>) c -> {
            following = true;
            services.getItems().setAll(vm.services());
            following = false;
            showQuery(vm.queryProperty().get());
        });
        services.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!following) {
                vm.setServices(new HashSet<>(services.getCheckModel().getCheckedItems()));
            }
        });

        HBox chipRow = new HBox(6);
        for (Severity s : SeverityStyle.MOST_SEVERE_FIRST) {
            chipRow.getChildren().add(chip(s));
        }
        newestFirst.setId("log-newest-first");
        newestFirst.setMinWidth(Region.USE_PREF_SIZE);
        newestFirst.setOnAction(e -> vm.setOrder(newestFirst.isSelected()
                ? LogQuery.Order.NEWEST_FIRST : LogQuery.Order.OLDEST_FIRST));

        templateFilter = templateFilter();
        HBox filters = new HBox(field("Services", services), field("Severity", chipRow), templateFilter,
                Controls.spacer(), newestFirst);
        filters.getStyleClass().add("logs-toolbar");

        Button reset = new Button("Reset range");
        reset.setOnAction(e -> vm.resetRange());
        reset.setTooltip(new Tooltip("Back to the incident window ± 30 min (or double-click the histogram)"));
        Button toStart = jumpButton("log-jump-start", "⤒", "The first matching records (Home)", vm::jumpToStart);
        Button toEnd = jumpButton("log-jump-end", "⤓", "The last matching records (End)", vm::jumpToEnd);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(vm.loadingProperty());
        Label status = new Label();
        status.getStyleClass().add("status-text");
        status.textProperty().bind(vm.statusProperty());
        status.setId("log-status");
        // The status and the range say where the user is: they keep their width, the text fields give way.
        status.setMinWidth(Region.USE_PREF_SIZE);
        range.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        range.getStyleClass().add("range-text");
        range.setId("log-range");
        HBox statusRow = new HBox(field("Text", text), field("Trace", trace), Controls.spacer(), range, reset,
                toStart, toEnd, spinner, status);
        statusRow.getStyleClass().add("logs-toolbar");

        root = new VBox(filters, statusRow);
        root.setPadding(new Insets(0, 0, 8, 0));
        vm.queryProperty().addListener((o, was, now) -> showQuery(now));
        zone.zoneProperty().addListener((o, was, now) -> showQuery(vm.queryProperty().get()));
        showQuery(vm.queryProperty().get());
    }

    Node node() {
        return root;
    }

    private static Button jumpButton(String id, String text, String tip, Runnable jump) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> jump.run());
        return b;
    }

    /** "Template [text ×]": the mined template the records must fit, set by a click in the log changes. */
    private Node templateFilter() {
        templateText.setId("log-template");
        templateText.getStyleClass().add("template-filter-text");
        templateText.setMaxWidth(460);
        Button clear = new Button("×");
        clear.setId("log-template-clear");
        clear.getStyleClass().add("template-filter-clear");
        clear.setTooltip(new Tooltip("Show every record again, not only this template's"));
        clear.setOnAction(e -> vm.clearTemplate());
        HBox chip = new HBox(4, templateText, clear);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("template-filter");
        Node filter = field("Template", chip);
        filter.setId("log-template-filter");
        filter.managedProperty().bind(filter.visibleProperty());
        return filter;
    }

    private ToggleButton chip(Severity s) {
        Region dot = new Region();
        dot.getStyleClass().add("chip-dot");
        dot.getStyleClass().addAll(SeverityStyle.fillClasses(s));
        ToggleButton chip = new ToggleButton(s.name(), dot);
        chip.getStyleClass().add("severity-chip");
        chip.setId("chip-" + s.name().toLowerCase(Locale.ROOT));
        chip.setFocusTraversable(false);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setOnAction(e -> vm.toggleSeverity(s));
        chips.put(s, chip);
        return chip;
    }

    private void showQuery(LogQuery q) {
        following = true;
        try {
            // The title first: the combo box redraws its text when the checks change, not when the title does.
            services.setTitle(q.services().isEmpty() ? "All services"
                    : q.services().size() == 1 ? q.services().iterator().next()
                    : q.services().size() + " services");
            var checks = services.getCheckModel();
            for (String name : services.getItems()) {
                boolean wanted = q.services().contains(name);
                if (checks.isChecked(name) != wanted) {
                    if (wanted) {
                        checks.check(name);
                    } else {
                        checks.clearCheck(name);
                    }
                }
            }
            var shown = vm.shownSeverities();
            chips.forEach((s, chip) -> chip.setSelected(shown.contains(s)));
            newestFirst.setSelected(q.order() == LogQuery.Order.NEWEST_FIRST);
            templateFilter.setVisible(q.template() != null);
            templateText.setText(q.template() == null ? "" : q.template());
            templateText.setTooltip(q.template() == null ? null : new Tooltip(q.template()));
            range.setText(zone.range(q.range()));
        } finally {
            following = false;
        }
    }

    private static Node field(String name, Node control) {
        Label label = Controls.caption(name);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
