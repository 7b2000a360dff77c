package org.incidentworkbench.ui.templates;

import java.time.ZoneId;
import javafx.scene.Node;
import org.incidentworkbench.ui.logs.SeverityStyle;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.SectionView;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/**
 * "What changed in the logs" as a workspace section; {@code TemplatesSection::new} is its factory.
 * Opening it mines the workspace's templates unless another view already has; leaving the workspace
 * stops the mining.
 */
public final class TemplatesSection implements SectionView {

    private final TemplatesViewModel vm;
    private final TemplatesView view;

    public TemplatesSection(WorkspaceContext context) {
        // The views follow the app's zone through a binding, which holds the section only weakly: a
        // closed workspace's section is not kept alive by the app-wide setting.
        TimeZoneSetting zone = new TimeZoneSetting(ZoneId.systemDefault());
        zone.zoneProperty().bind(context.timeZone().zoneProperty());
        vm = new TemplatesViewModel(context.templateReports(), context.navigator(), zone, context.tasks());
        view = new TemplatesView(vm, zone);
        view.getStylesheets().addAll(SeverityStyle.stylesheet(),
                TemplatesSection.class.getResource("templates.css").toExternalForm());
        vm.load();
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    /** For tests that drive the section through its view model. */
    TemplatesViewModel viewModel() {
        return vm;
    }
}
