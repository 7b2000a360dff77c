package org.incidentworkbench.ui.incidents;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The incidents of one source: filtered by the typed text (every word must appear in some column,
 * ignoring case, as the user sees the columns in the chosen zone) and sorted by the table's order
 * (most severe, then most recent, until the user picks a column).
 */
public final class IncidentListViewModel {

    /** Most severe first, then the most recent window. */
    public static final Comparator<Incident> DEFAULT_ORDER = IncidentColumn.SEVERITY.order()
            .thenComparing(IncidentColumn.WINDOW_START.order().reversed());

    private final String sourceLabel;
    private final TimeZoneSetting zone;
    private final Consumer<Incident> opener;
    private final StringProperty filter = new SimpleStringProperty("");
    private final FilteredList<Incident> filtered;
    private final SortedList<Incident> sorted;
    private final SimpleObjectProperty<Incident> selected = new SimpleObjectProperty<>();

    /** {@code opener} opens an incident's workspace. */
    public IncidentListViewModel(String sourceLabel, List<Incident> incidents, TimeZoneSetting zone,
                                 Consumer<Incident> opener) {
        this.sourceLabel = sourceLabel;
        this.zone = zone;
        this.opener = opener;
        filtered = new FilteredList<>(FXCollections.observableArrayList(incidents));
        sorted = new SortedList<>(filtered, DEFAULT_ORDER);
        filter.addListener((o, was, now) -> refilter());
        // Times are matched as shown, so a zone switch changes what a typed time matches.
        zone.zoneProperty().addListener((o, was, now) -> refilter());
    }

    public String sourceLabel() {
        return sourceLabel;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The rows to show; the view binds its sort order to {@code comparatorProperty()}. */
    public SortedList<Incident> rows() {
        return sorted;
    }

    public int total() {
        return filtered.getSource().size();
    }

    /** The row the table has selected; the view keeps it in step. */
    public ObjectProperty<Incident> selectedProperty() {
        return selected;
    }

    /** Opens the selected incident's workspace; does nothing when none is selected. */
    public void openSelected() {
        if (selected.get() != null) {
            opener.accept(selected.get());
        }
    }

    public void open(Incident incident) {
        opener.accept(incident);
    }

    private void refilter() {
        String[] words = filter.get() == null ? new String[0]
                : filter.get().trim().toLowerCase(Locale.ROOT).split("\\s+");
        filtered.setPredicate(i -> Arrays.stream(words).allMatch(w -> w.isEmpty() || matches(i, w)));
    }

    private boolean matches(Incident incident, String word) {
        return Arrays.stream(IncidentColumn.values())
                .anyMatch(c -> c.text(incident, zone).toLowerCase(Locale.ROOT).contains(word));
    }
}
