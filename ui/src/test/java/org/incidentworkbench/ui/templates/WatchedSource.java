package org.incidentworkbench.ui.templates;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.source.IncidentSource;

/**
 * Wraps a source, counts its log page reads, keeps their queries (what a view asked for) and runs
 * {@code beforePage} (with the read's number, from 1) on the reading thread before each: a test leaves
 * the section, or holds the mining, part way.
 */
final class WatchedSource {

    final AtomicInteger pages = new AtomicInteger();
    final List<LogQuery> queries = new CopyOnWriteArrayList<>();
    final IncidentSource source;
    volatile IntConsumer beforePage = n -> { };

    WatchedSource(IncidentSource real) {
        source = (IncidentSource) Proxy.newProxyInstance(IncidentSource.class.getClassLoader(),
                new Class<?>[] {IncidentSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("logs")) {
                        queries.add((LogQuery) args[0]);
                        beforePage.accept(pages.incrementAndGet());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
