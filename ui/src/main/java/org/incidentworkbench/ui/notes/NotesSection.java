package org.incidentworkbench.ui.notes;

import javafx.scene.Node;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.ui.workspace.SectionView;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/** The Notes section of a workspace; starts loading the timeline at once. */
public final class NotesSection implements SectionView {

    private final NotesViewModel model;
    private final NotesView view;

    /** {@code events} stamps new notes with the app's user. */
    public NotesSection(WorkspaceContext context, FeedbackEvents events) {
        model = new NotesViewModel(context, events);
        view = new NotesView(model, context.timeZone());
        model.load();
    }

    public NotesViewModel viewModel() {
        return model;
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
