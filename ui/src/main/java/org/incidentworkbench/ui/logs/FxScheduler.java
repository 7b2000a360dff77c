package org.incidentworkbench.ui.logs;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** The app's {@link Scheduler}: a {@link PauseTransition} per action, so the action runs on the FX thread. */
public final class FxScheduler implements Scheduler {

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
