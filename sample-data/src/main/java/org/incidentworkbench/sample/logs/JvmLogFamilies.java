package org.incidentworkbench.sample.logs;

import static org.incidentworkbench.analysis.logs.Severity.ERROR;
import static org.incidentworkbench.analysis.logs.Severity.INFO;
import static org.incidentworkbench.analysis.logs.Severity.WARN;
import static org.incidentworkbench.sample.logs.Trigger.on;
import static org.incidentworkbench.sample.logs.Trigger.steady;

import java.util.List;
import org.incidentworkbench.sample.world.Symptom;

/** The JVM and the pod lifecycle: GC, running out of heap, starting, stopping, probes. */
final class JvmLogFamilies {

    private static final String GC = "gc";
    private static final String KUBELET = "kubelet";

    private JvmLogFamilies() {
    }

    static List<LogFamily> all() {
        List<String> jvms = ServiceGroups.JVMS;
        return List.of(
                LogFamily.of("jvm.gc.young", INFO, jvms, GC, steady(0.02),
                        "[gc] GC({int:1000-99999}) Pause Young (Normal) (G1 Evacuation Pause) {int:300-700}M->{int:120-290}M({heapmax}M) {gc}ms"),
                LogFamily.of("jvm.gc.long.pause", WARN, jvms, "com.shop.commons.jvm.GcPauseMonitor", on(Symptom.GC_PRESSURE, 1),
                        "GC pause of {gc} ms exceeded threshold 300 ms (G1 Old Generation, heap {heapmb}M of {heapmax}M)"),
                LogFamily.of("jvm.gc.full", WARN, jvms, GC, on(Symptom.GC_PRESSURE, 0.3),
                        "[gc] GC({int:1000-99999}) Pause Full (G1 Compaction Pause) {heapmb}M->{heapmb}M({heapmax}M) {gc}ms"),
                LogFamily.of("jvm.oom", ERROR, jvms, "org.apache.catalina.core.StandardWrapperValve", on(Symptom.OOM_KILL, 1),
                        "java.lang.OutOfMemoryError: Java heap space"),
                LogFamily.of("jvm.oom.terminating", ERROR, jvms, null, on(Symptom.OOM_KILL, 1),
                        "Terminating due to java.lang.OutOfMemoryError: Java heap space"),
                LogFamily.of("k8s.oom.killed", WARN, jvms, KUBELET, on(Symptom.OOM_KILL, 1),
                        "Container {service} in pod {pod} was OOMKilled (exit code 137), restarting (restartCount={restarts})"),
                LogFamily.of("jvm.started", INFO, jvms, "org.springframework.boot.StartupInfoLogger", on(Symptom.POD_START, 1),
                        "Started {app} in {sec:9-31} seconds (process running for {sec:10-33})"),
                LogFamily.of("jvm.shutdown", INFO, jvms, "org.springframework.boot.web.embedded.netty.GracefulShutdown", on(Symptom.POD_STOP, 1),
                        "Commencing graceful shutdown. Waiting for active requests to complete"),
                LogFamily.of("k8s.readiness.failed", WARN, jvms, KUBELET, on(Symptom.POD_START, 0.6),
                        "Readiness probe failed: Get \"http://{podip}:8080/actuator/health/readiness\": dial tcp {podip}:8080: connect: connection refused"),
                LogFamily.of("k8s.liveness.failed", WARN, jvms, KUBELET, on(Symptom.GC_PRESSURE, 0.1),
                        "Liveness probe failed: Get \"http://{podip}:8080/actuator/health/liveness\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"));
    }
}
