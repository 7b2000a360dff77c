package org.incidentworkbench.ui.metrics;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.BucketWidths;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * Above the charts: aggregation, bucket width, label filter, overlay or small multiples and reset on
 * one row; under it, what is shown (range, zone, bucket) and whether a read is running.
 */
final class MetricsToolbar extends VBox {

    private static final List<Aggregation> AGGREGATIONS = List.of(Aggregation.AVG, Aggregation.SUM, Aggregation.MIN,
            Aggregation.MAX, Aggregation.P50, Aggregation.P95, Aggregation.P99);

    private final MetricsViewModel model;
    private final TimeZoneSetting timeZone;
    private final Label showing = new Label();

    MetricsToolbar(MetricsViewModel model, TimeZoneSetting timeZone) {
        super(6);
        this.model = model;
        this.timeZone = timeZone;
        getStyleClass().add("metrics-toolbar");
        setPadding(new Insets(10, 12, 4, 12));

        ComboBox<Aggregation> aggregation = new ComboBox<>();
        aggregation.setId("aggregation");
        aggregation.getItems().setAll(AGGREGATIONS);
        aggregation.setConverter(converter(a -> a.name().toLowerCase(Locale.ROOT)));
        aggregation.valueProperty().bindBidirectional(model.aggregationProperty());

        ComboBox<Duration> bucket = new ComboBox<>();
        bucket.setId("bucket");
        List<Duration> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(BucketWidths.FIXED_CHOICES);
        bucket.getItems().setAll(choices);
        bucket.setConverter(converter(d -> d == null ? "Auto" : BucketWidths.label(d)));
        bucket.valueProperty().bindBidirectional(model.fixedBucketProperty());

        TextField labels = labelFilterField();

        ToggleButton overlay = new ToggleButton(ChartLayout.OVERLAY.toString());
        ToggleButton multiples = new ToggleButton(ChartLayout.SMALL_MULTIPLES.toString());
        overlay.setId("layout-overlay");
        multiples.setId("layout-small-multiples");
        SegmentedButton layout = new SegmentedButton(overlay, multiples);
        overlay.setSelected(model.layoutProperty().get() == ChartLayout.OVERLAY);
        multiples.setSelected(model.layoutProperty().get() == ChartLayout.SMALL_MULTIPLES);
        // A segmented button may be un-toggled; keep one side pressed and the model in step.
        layout.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.layoutProperty().set(now == overlay ? ChartLayout.OVERLAY : ChartLayout.SMALL_MULTIPLES);
            }
        });

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.setMaxSize(14, 14);
        busy.visibleProperty().bind(model.loadingProperty());
        showing.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button reset = new Button("Reset zoom");
        reset.setId("reset-zoom");
        reset.setOnAction(e -> model.resetZoom());
        reset.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.homeRange().equals(model.visibleRangeProperty().get()), model.visibleRangeProperty()));

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(10, caption("Aggregation"), aggregation, caption("Bucket"), bucket, labels, layout, gap,
                reset);
        controls.setAlignment(Pos.CENTER_LEFT);
        // The choices keep their size; the label filter gives way when the window is narrow.
        for (var child : List.of(aggregation, bucket, layout, reset)) {
            child.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox status = new HBox(8, showing, busy);
        status.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, status);

        model.dataProperty().addListener(o -> describe());
        model.visibleRangeProperty().addListener(o -> describe());
        timeZone.zoneProperty().addListener(o -> describe());
        describe();
    }

    /**
     * Label pairs typed as pool=payments-ro; applied on Enter or on leaving the field. A malformed
     * entry is marked and explained in place and the charts keep their last filter.
     */
    private TextField labelFilterField() {
        TextField field = new TextField();
        field.setId("label-filter");
        field.setPromptText("Labels, e.g. pool=payments-ro");
        field.setPrefColumnCount(16);
        Runnable apply = () -> {
            try {
                model.labelFilterProperty().set(LabelFilterText.parse(field.getText()));
                field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                field.setTooltip(null);
            } catch (IllegalArgumentException e) {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                field.setTooltip(new Tooltip(e.getMessage()));
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                apply.run();
            }
        });
        return field;
    }

    /** "2026-05-14 09:00 – 12:30 UTC · 15 s buckets (auto) · 1,260 buckets read". */
    private void describe() {
        TimeRange range = model.visibleRangeProperty().get();
        String how = model.fixedBucketProperty().get() == null ? " (auto)" : "";
        long read = model.dataProperty().get().bucketsRead();
        showing.setText(timeZone.dateTime(range.start()).substring(0, 16) + " – "
                + timeZone.time(range.end()).substring(0, 5) + " " + timeZone.label() + " · "
                + BucketWidths.label(model.bucket()) + " buckets" + how
                + (read > 0 ? String.format(Locale.ROOT, " · %,d buckets read", read) : ""));
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
