package org.incidentworkbench.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageGrouperTest {

    @Test
    void masksNumbersUuidsAndHexIdsButKeepsWords() {
        assertThat(MessageGrouper.mask(
                "Timeout after 5000.5ms acquiring connection for order 3f2a9c1e-0b1d-4c7e-9a55-2f6d8e1b7c90 span 4bf92f3577b34da6 at 0x7ffd"))
                .isEqualTo("Timeout after <*>ms acquiring connection for order <*> span <*> at <*>");
        assertThat(MessageGrouper.mask("cache facade added to decade")).isEqualTo("cache facade added to decade");
        assertThat(MessageGrouper.mask("GET /api/v2/items from 10.0.3.17")).isEqualTo("GET /api/v<*>/items from <*>");
    }

    @Test
    void countsEqualMaskedMessagesPerServiceAndSeverityLargestFirstKeepingTheFirstBodyAsExample() {
        MessageGrouper grouper = new MessageGrouper();
        grouper.add(log("checkout", Severity.ERROR, "payment call failed after 3001 ms"));
        grouper.add(log("checkout", Severity.ERROR, "payment call failed after 2999 ms"));
        grouper.add(log("checkout", Severity.WARN, "payment call failed after 12 ms"));
        grouper.add(log("cart", Severity.ERROR, "payment call failed after 7 ms"));
        grouper.add(log("checkout", Severity.ERROR, "payment call failed after 15 ms"));

        assertThat(grouper.top(2)).containsExactly(
                new MessageGroup("checkout", Severity.ERROR, "payment call failed after <*> ms", "payment call failed after 3001 ms", 3),
                new MessageGroup("cart", Severity.ERROR, "payment call failed after <*> ms", "payment call failed after 7 ms", 1));
    }

    private static LogRecord log(String service, Severity severity, String body) {
        return new LogRecord(1, Instant.EPOCH, service, severity, body, null, null, Map.of());
    }
}
