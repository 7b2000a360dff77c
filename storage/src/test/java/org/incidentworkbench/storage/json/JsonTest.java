package org.incidentworkbench.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void canonicalJsonSortsKeysAtEveryLevelAndDropsSpacing() {
        assertThat(Json.canonical("{\"b\": 1, \"a\": {\"y\": [2, {\"d\": null, \"c\": true}], \"x\": \"s p\"}}"))
                .isEqualTo("{\"a\":{\"x\":\"s p\",\"y\":[2,{\"c\":true,\"d\":null}]},\"b\":1}");
    }

    @Test
    void canonicalJsonKeepsNumbersAsWritten() {
        assertThat(Json.canonical("{\"price\": 1.10, \"big\": 12345678901234567890, \"small\": 1e-7}"))
                .isEqualTo("{\"big\":12345678901234567890,\"price\":1.10,\"small\":1E-7}");
    }

    @Test
    void jsonSpelledDifferentlyIsOneCanonicalText() {
        String postgres = "{\"route\": \"/x\", \"method\": \"GET\"}";
        String snapshot = Json.fromMap(Map.of("method", "GET", "route", "/x"));

        assertThat(Json.canonical(postgres)).isEqualTo(Json.canonical(snapshot)).isEqualTo(snapshot);
    }

    @Test
    void blankIsAnEmptyObjectAndTextThatIsNotJsonIsKept() {
        assertThat(Json.canonical(null)).isEqualTo("{}");
        assertThat(Json.canonical("  ")).isEqualTo("{}");
        assertThat(Json.canonical("{not json")).isEqualTo("{not json");
    }
}
