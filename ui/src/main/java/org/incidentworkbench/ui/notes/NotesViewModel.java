package org.incidentworkbench.ui.notes;

import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.feedback.FeedbackLog;
import org.incidentworkbench.analysis.feedback.FeedbackLog.LoggedFeedback;
import org.incidentworkbench.analysis.feedback.FeedbackTimeline;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.LatestOnly;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.workspace.ReadFailures;
import org.incidentworkbench.ui.workspace.SourceFeedback;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/**
 * The incident's feedback timeline, newest first (the entry just added appears right under the box
 * it was typed in, and the latest state of the investigation is what a reader wants first), and the
 * note being written. A note is recorded on a background task; the box clears and the entry
 * appears only once the log has it durably, and a failure keeps the text and says why. Used on the
 * FX thread.
 */
public final class NotesViewModel {

    private static final String TIMELINE = "the notes";

    private final IncidentSource source;
    private final UUID incidentId;
    private final SourceFeedback feedback;
    private final FeedbackEvents events;
    private final TaskRunner tasks;
    private final LatestOnly loads;
    private final ReadFailures failures;
    private final ObservableList<NoteRow> rows = FXCollections.observableArrayList();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final BooleanBinding canAdd;
    private List<FeedbackEvent> fromSource = List.of();

    /** {@code events} stamps new notes with the app's user and clock. */
    public NotesViewModel(WorkspaceContext context, FeedbackEvents events) {
        this.source = context.source();
        this.incidentId = context.incident().id();
        this.feedback = context.feedback();
        this.events = events;
        this.tasks = context.tasks();
        this.loads = new LatestOnly(tasks);
        this.failures = new ReadFailures(tasks);
        this.canAdd = Bindings.createBooleanBinding(() -> !saving.get() && !draft.get().isBlank(), saving, draft);
    }

    /** The timeline, newest first. */
    public ObservableList<NoteRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The note being written. */
    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once the timeline has been read at least once: before that an empty list means "loading", not "no notes". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Why the last note was not saved; empty when it was. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** How many entries are saved on this machine only. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public ReadFailures failures() {
        return failures;
    }

    /** Whether "Retry delivery" can do anything now: not for a snapshot, which is written once it is closed. */
    public boolean offersRetry() {
        return !feedback.deliveredAfterClose();
    }

    /** What a pending entry means here, for its badge's tooltip. */
    public String pendingExplanation() {
        return feedback.deliveredAfterClose()
                ? "Saved on this machine. It is written to the snapshot file when the snapshot is closed (back to the"
                        + " start page, or quitting): the file cannot be written while this workspace reads it."
                        + " It is never lost."
                : "Saved on this machine, not yet in the database (it could not be reached). Retry delivery sends it;"
                        + " it is never lost.";
    }

    /** Reads the source's feedback and what was recorded here. */
    public void load() {
        FeedbackLog log = feedback.log();
        loads.submit("Loading notes", (cancel, progress) -> new Timeline(source.feedback(incidentId, cancel),
                log.recorded(incidentId)), timeline -> {
                    fromSource = timeline.fromSource();
                    show(timeline.recorded());
                    loaded.set(true);
                    failures.succeeded(TIMELINE);
                }, failure -> failures.failed(TIMELINE, failure, this::load));
    }

    /** Records the draft as a note; does nothing while one is being saved or when there is no text. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        FeedbackEvent note = events.note(incidentId, draft.get());
        FeedbackLog log = feedback.log();
        saving.set(true);
        saveProblem.set("");
        tasks.submit("Saving the note", (cancel, progress) -> {
            log.record(note);
            return log.recorded(incidentId);
        }, recorded -> {
            saving.set(false);
            draft.set("");
            show(recorded);
        }, failure -> {
            saving.set(false);
            saveProblem.set("The note was not saved: " + Problems.plainMessage(failure));
            tasks.report("Saving the note", failure);
        });
    }

    /** Tries again to deliver what waits on this machine. */
    public void retryDelivery() {
        FeedbackLog log = feedback.log();
        tasks.submit("Sending notes to the source", (cancel, progress) -> {
            log.retryPending();
            return log.recorded(incidentId);
        }, this::show);
    }

    /** The workspace is closing. */
    public void dispose() {
        loads.cancel();
    }

    private void show(List<LoggedFeedback> recorded) {
        List<NoteRow> timeline = FeedbackTimeline.merge(fromSource, recorded).stream().map(NoteRow::of).toList().reversed();
        rows.setAll(timeline);
        pending.set((int) timeline.stream().filter(NoteRow::pending).count());
    }

    private record Timeline(List<FeedbackEvent> fromSource, List<LoggedFeedback> recorded) {
    }
}
