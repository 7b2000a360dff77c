package org.incidentworkbench.storage.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels and attributes are flat string maps stored as JSON objects. Keys are written sorted so
 * that equal maps give equal text (content hashes and determinism depend on it); other JSON is
 * stored {@link #canonical} for the same reason.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    /** Reads decimals as written (1.10 stays 1.10), so re-spelling never changes a number. */
    private static final ObjectMapper EXACT_READER = new ObjectMapper()
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private Json() {
    }

    public static String fromMap(Map<String, String> map) {
        if (map.isEmpty()) {
            return "{}";
        }
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write map as JSON", e);
        }
    }

    /** Reads a JSON object of string values; null or empty text is an empty map. */
    public static Map<String, String> toMap(String json) {
        if (json == null || json.isEmpty() || "{}".equals(json)) {
            return Map.of();
        }
        try {
            return Map.copyOf(MAPPER.readValue(json, STRING_MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object of strings: " + abbreviate(json), e);
        }
    }

    /**
     * The same JSON with the keys of every object sorted and no spacing, numbers spelled as
     * written: equal content then reads alike whoever wrote it (PostgreSQL's jsonb keeps values,
     * not spelling), so content hashes can compare it as text. Null or blank becomes an empty
     * object; text that is not JSON is kept as it is.
     */
    public static String canonical(String json) {
        if (json == null || json.isBlank()) {
            return "{}";
        }
        try {
            return MAPPER.writeValueAsString(EXACT_READER.readValue(json, Object.class));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
