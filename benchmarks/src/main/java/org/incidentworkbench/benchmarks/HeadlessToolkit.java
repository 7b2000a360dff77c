package org.incidentworkbench.benchmarks;

import java.util.concurrent.CountDownLatch;
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
}
