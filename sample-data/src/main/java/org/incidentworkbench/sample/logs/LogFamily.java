package org.incidentworkbench.sample.logs;

import java.util.List;
import org.incidentworkbench.analysis.logs.Severity;

/**
 * A family of log messages: one message shape with variable parts ({@code {name}} in
 * {@code pattern}), its severity, the services that write it, the logger that writes it (null for
 * non-JVM processes) and what triggers it.
 */
public record LogFamily(String id, Severity severity, List<String> services, String logger, Trigger trigger,
                        MessagePattern pattern) {

    public LogFamily {
        services = List.copyOf(services);
    }

    public static LogFamily of(String id, Severity severity, List<String> services, String logger, Trigger trigger,
                               String pattern) {
        return new LogFamily(id, severity, services, logger, trigger, MessagePattern.parse(pattern));
    }

    public boolean writtenBy(String service) {
        return services.contains(service);
    }
}
