package org.incidentworkbench.benchmarks;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Starts JavaFX once per benchmark JVM on Monocle's headless platform with the software pipeline,
 * as the ui tests do (ui/pom.xml): the properties must be set before the toolkit starts.
 */
final class HeadlessToolkit {

    private static boolean started;

    private HeadlessToolkit() {
    }

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1600x1000-32");
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(ready::countDown);
        ready.await();
        // Closing a benchmark's window must not stop the toolkit the next invocation needs.
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs {@code action} on the FX thread and waits for its result (a minute at most, so a hang fails the run). */
    static <T> T onFx(Callable<T> action) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(1, TimeUnit.MINUTES);
    }

    static void onFx(Runnable action) throws InterruptedException, ExecutionException, TimeoutException {
        onFx(() -> {
            action.run();
            return null;
        });
    }
}
