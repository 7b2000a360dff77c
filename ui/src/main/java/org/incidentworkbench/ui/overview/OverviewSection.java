package org.incidentworkbench.ui.overview;

import javafx.scene.Node;
import org.incidentworkbench.ui.workspace.SectionView;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/** The Overview as a workspace section; {@code OverviewSection::new} is its factory. Starts loading at once. */
public final class OverviewSection implements SectionView {

    private final OverviewViewModel model;
    private final OverviewView view;

    public OverviewSection(WorkspaceContext context) {
        model = new OverviewViewModel(context);
        view = new OverviewView(model);
        model.load();
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
