package org.incidentworkbench.ui.overview;

import javafx.scene.Node;
import org.incidentworkbench.ui.templates.LogChangesCard;
import org.incidentworkbench.ui.templates.LogChangesCardModel;
import org.incidentworkbench.ui.workspace.SectionView;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/** The Overview as a workspace section; {@code OverviewSection::new} is its factory. Starts loading at once. */
public final class OverviewSection implements SectionView {

    private final OverviewViewModel model;
    private final LogChangesCardModel logChanges;
    private final OverviewView view;

    public OverviewSection(WorkspaceContext context) {
        model = new OverviewViewModel(context);
        logChanges = new LogChangesCardModel(context.templateReports(), context.navigator());
        view = new OverviewView(model, new LogChangesCard(logChanges));
        model.load();
        logChanges.load();
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void dispose() {
        model.dispose();
        logChanges.dispose();
    }
}
