package org.incidentworkbench.ui.logs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.source.IncidentSource;

/** Wraps a source and remembers the queries of its log page reads, to count what the view model sends. */
final class CountingSource {

    /** The query of every first-page read (no cursor): one per applied filter. */
    final List<LogQuery> firstPages = Collections.synchronizedList(new ArrayList<>());
    final IncidentSource source;

    CountingSource(IncidentSource real) {
        source = (IncidentSource) Proxy.newProxyInstance(IncidentSource.class.getClassLoader(),
                new Class<?>[] {IncidentSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("logs") && args[1] == null) {
                        firstPages.add((LogQuery) args[0]);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
