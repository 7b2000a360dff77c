package org.incidentworkbench.analysis.connections;

import java.util.Arrays;
import java.util.Locale;

/** How a session uses TLS, as libpq's {@code sslmode} names it; {@link #PREFER} is the default. */
public enum TlsMode {
    DISABLE, ALLOW, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

    /** libpq's keyword: "prefer", "verify-full". */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the server's certificate is checked against a root certificate the user names. */
    public boolean checksCertificate() {
        return this == VERIFY_CA || this == VERIFY_FULL;
    }

    /** The mode named by a libpq keyword. */
    public static TlsMode ofKeyword(String keyword) {
        return Arrays.stream(values()).filter(m -> m.keyword().equals(keyword)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown TLS mode \"" + keyword
                        + "\": use disable, allow, prefer, require, verify-ca or verify-full"));
    }
}
