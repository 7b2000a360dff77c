package org.incidentworkbench.storage.postgres;

import java.util.Locale;

/**
 * How a session uses TLS, as libpq and PgJDBC name the modes. {@link #PREFER} is the default:
 * encrypted when the server offers it, else plain, which the app then shows.
 */
public enum SslMode {
    DISABLE, ALLOW, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

    /** The mode's name in URLs and PgJDBC's {@code sslmode} property, e.g. {@code verify-full}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when the server's certificate is checked against a root certificate. */
    public boolean verifiesServer() {
        return this == VERIFY_CA || this == VERIFY_FULL;
    }

    /**
     * The mode named {@code code}, as in {@code sslmode=verify-full}.
     *
     * @throws IllegalArgumentException with a plain message listing the modes
     */
    public static SslMode parse(String code) {
        for (SslMode m : values()) {
            if (m.code().equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown TLS mode \"" + code
                + "\": use disable, allow, prefer, require, verify-ca or verify-full");
    }
}
