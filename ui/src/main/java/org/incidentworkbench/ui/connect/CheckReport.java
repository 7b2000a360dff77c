package org.incidentworkbench.ui.connect;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.incidentworkbench.analysis.connections.ConnectionCheck;
import org.incidentworkbench.analysis.connections.Extension;
import org.incidentworkbench.analysis.connections.ProfileCheck;

/** What a connection test found, one fact per row: the server, each extension, the profile's fit, encryption. */
final class CheckReport {

    private CheckReport() {
    }

    static Node of(ConnectionCheck check) {
        GridPane grid = new GridPane();
        grid.setId("check-report");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(names, new ColumnConstraints());
        int row = 0;
        row = add(grid, row, "Server", plain(check.serverVersion(), "check-server"));
        for (Extension e : Extension.values()) {
            Label state = plain(check.has(e) ? "present" : "absent", "check-" + e.name().toLowerCase(Locale.ROOT));
            state.getStyleClass().add(check.has(e) ? "check-good" : "muted");
            row = add(grid, row, e.label(), state);
        }
        row = add(grid, row, "Profile \"" + check.profile().profile() + "\"", profile(check.profile()));
        add(grid, row, "Session", encryption(check.encrypted()));
        return grid;
    }

    private static Node profile(ProfileCheck profile) {
        if (profile.fits()) {
            Label fits = plain("fits this database", "check-profile");
            fits.getStyleClass().add("check-good");
            return fits;
        }
        VBox problems = new VBox(4);
        problems.setId("check-profile");
        for (String p : profile.problems()) {
            Label l = new Label(p);
            l.setWrapText(true);
            l.setMaxWidth(620);
            l.getStyleClass().add("form-error");
            problems.getChildren().add(l);
        }
        return problems;
    }

    static Node encryption(boolean encrypted) {
        if (encrypted) {
            Label tls = plain("TLS-encrypted", "check-encryption");
            tls.getStyleClass().add("check-good");
            return tls;
        }
        Label plain = new Label("not encrypted");
        HBox box = new HBox(6, LockIcon.open(), plain);
        box.setId("check-encryption");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("unencrypted");
        return box;
    }

    private static Label plain(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        return l;
    }

    private static int add(GridPane grid, int row, String name, Node value) {
        Label label = new Label(name);
        label.getStyleClass().add("muted");
        grid.add(label, 0, row);
        grid.add(value, 1, row);
        GridPane.setValignment(label, VPos.TOP);
        return row + 1;
    }
}
