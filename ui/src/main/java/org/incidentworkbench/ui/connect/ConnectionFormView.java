package org.incidentworkbench.ui.connect;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.incidentworkbench.analysis.connections.TlsMode;

/**
 * "Connect to database…": the connection's fields, Test connection, Save and Connect, and below
 * them what the last command found or why it failed.
 */
public final class ConnectionFormView extends VBox {

    private final ConnectionFormViewModel model;

    public ConnectionFormView(ConnectionFormViewModel model) {
        this.model = model;
        Label title = new Label();
        title.getStyleClass().add("page-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.editingProperty().get() == null
                ? "Connect to database" : "Connection \"" + model.editingProperty().get().name() + "\"",
                model.editingProperty()));
        Label subtitle = new Label("A PostgreSQL or TimescaleDB database holding incidents, read in read-only sessions."
                + " The password is never saved: it comes from PGPASSWORD or ~/.pgpass, or the app asks once per session.");
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);

        VBox card = new VBox(16, fields(), buttons(), outcome());
        card.getStyleClass().add("card");
        getChildren().addAll(title, subtitle, card);
        setId("connection-form");
        setSpacing(14);
        setPadding(new Insets(32, 40, 32, 40));
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(800);
    }

    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.RIGHT);
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);

        TextField host = text("connection-host", model.hostProperty(), "db.example.org");
        TextField port = text("connection-port", model.portProperty(), "5432");
        port.setPrefColumnCount(6);
        Label portLabel = new Label("Port");
        HBox hostAndPort = new HBox(10, host, portLabel, port);
        hostAndPort.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(host, Priority.ALWAYS);

        ComboBox<TlsMode> tls = new ComboBox<>();
        tls.setId("connection-tls");
        tls.getItems().setAll(TlsMode.values());
        tls.valueProperty().bindBidirectional(model.tlsModeProperty());
        tls.setCellFactory(v -> tlsCell());
        tls.setButtonCell(tlsCell());

        TextField certificate = text("connection-root-certificate", model.rootCertificateProperty(),
                "~/.postgresql/root.crt when empty");
        Button choose = new Button("Choose…");
        choose.setId("choose-root-certificate");
        choose.setOnAction(e -> chooseCertificate());
        HBox certificateRow = new HBox(10, certificate, choose);
        HBox.setHgrow(certificate, Priority.ALWAYS);
        certificateRow.disableProperty().bind(model.certificateUsedProperty().not());

        ComboBox<String> profile = new ComboBox<>();
        profile.setId("connection-profile");
        profile.getItems().setAll(model.profiles());
        profile.valueProperty().bindBidirectional(model.profileProperty());

        int row = 0;
        row = add(grid, row, "Name", text("connection-name", model.nameProperty(), "e.g. production (optional to test)"));
        row = add(grid, row, "Host", hostAndPort);
        row = add(grid, row, "Database", text("connection-database", model.databaseProperty(), "incidents"));
        row = add(grid, row, "User", text("connection-user", model.userProperty(), "reader"));
        row = add(grid, row, "TLS", tls);
        row = add(grid, row, "Root certificate", certificateRow);
        add(grid, row, "Source profile", profile);
        return grid;
    }

    private Node buttons() {
        Button back = new Button("← Back");
        back.setId("connection-back");
        back.setOnAction(e -> model.close());
        Button delete = new Button("Delete");
        delete.setId("connection-delete");
        delete.getStyleClass().add("danger");
        delete.visibleProperty().bind(model.editingProperty().isNotNull());
        delete.managedProperty().bind(delete.visibleProperty());
        delete.setOnAction(e -> model.delete());
        Button test = new Button("Test connection");
        test.setId("connection-test");
        test.setOnAction(e -> model.test());
        Button save = new Button("Save");
        save.setId("connection-save");
        save.setOnAction(e -> model.save());
        Button connect = new Button("Connect");
        connect.setId("connection-connect");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> model.connect());
        for (Button b : new Button[] {delete, test, save, connect}) {
            b.disableProperty().bind(model.busyProperty());
        }
        ProgressIndicator working = new ProgressIndicator();
        working.setId("connection-busy");
        working.setPrefSize(20, 20);
        working.visibleProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, back, gap, working, delete, test, save, connect);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The error, the notice or the test's findings, whichever the last command left. */
    private Node outcome() {
        Label error = new Label();
        error.setId("connection-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        showWhenNotEmpty(error);
        Label notice = new Label();
        notice.setId("connection-notice");
        notice.getStyleClass().add("check-good");
        notice.textProperty().bind(model.noticeProperty());
        showWhenNotEmpty(notice);
        VBox report = new VBox();
        model.checkProperty().addListener((o, was, now) ->
                report.getChildren().setAll(now == null ? List.of() : List.of(CheckReport.of(now))));
        return new VBox(10, error, notice, report);
    }

    private static void showWhenNotEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void chooseCertificate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("The root certificate that signed the server's certificate");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Certificates (*.crt, *.pem)", "*.crt", "*.pem"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.rootCertificateProperty().set(file.getAbsolutePath());
        }
    }

    private static TextField text(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        return field;
    }

    private static ListCell<TlsMode> tlsCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TlsMode mode, boolean empty) {
                super.updateItem(mode, empty);
                setText(empty || mode == null ? null : describe(mode));
            }
        };
    }

    private static String describe(TlsMode mode) {
        return switch (mode) {
            case DISABLE -> "disable — never encrypt";
            case ALLOW -> "allow — encrypt only if the server insists";
            case PREFER -> "prefer — encrypt when the server can (default)";
            case REQUIRE -> "require — always encrypt, do not check the certificate";
            case VERIFY_CA -> "verify-ca — encrypt and check the certificate's issuer";
            case VERIFY_FULL -> "verify-full — encrypt, check the issuer and the host name";
        };
    }

    private static int add(GridPane grid, int row, String name, Node value) {
        grid.add(new Label(name), 0, row);
        grid.add(value, 1, row);
        return row + 1;
    }
}
