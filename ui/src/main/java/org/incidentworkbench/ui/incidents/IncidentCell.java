package org.incidentworkbench.ui.incidents;

import javafx.scene.control.TableCell;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/** One cell of the incident table: the column's text, the severity as a coloured badge. */
final class IncidentCell extends TableCell<Incident, Incident> {

    private final IncidentColumn column;
    private final TimeZoneSetting zone;

    IncidentCell(IncidentColumn column, TimeZoneSetting zone) {
        this.column = column;
        this.zone = zone;
    }

    @Override
    protected void updateItem(Incident incident, boolean empty) {
        super.updateItem(incident, empty);
        setText(null);
        setGraphic(null);
        if (empty || incident == null) {
            return;
        }
        if (column == IncidentColumn.SEVERITY) {
            setGraphic(SeverityBadge.of(incident.severity()));
        } else {
            setText(column.text(incident, zone));
        }
    }

}
