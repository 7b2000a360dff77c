package org.incidentworkbench.storage.postgres;

import java.io.File;
import java.io.FileNotFoundException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * Plain messages for the ways TLS stops a connection, told apart by what PgJDBC throws: its
 * SQLState, the exceptions it wraps, the class it names; not by its message texts, which it
 * translates (the acronym "SSL" aside).
 */
final class TlsErrors {

    private TlsErrors() {
    }

    /** The message for {@code e} when TLS made connecting to {@code target} fail; empty when something else did. */
    static Optional<SourceException> onConnect(PostgresTarget target, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String message = String.valueOf(e.getMessage());
        String where = target.display();
        String mode = "TLS mode " + target.sslMode().keyword();
        if (state.equals("08004") && message.contains("SSL")) {
            return Optional.of(new SourceException("PostgreSQL at " + where + " does not offer TLS, which " + mode
                    + " needs. Turn on ssl on the server, or choose TLS mode prefer to connect without encryption.", e));
        }
        if (target.sslMode().checksCertificate() && causedBy(e, FileNotFoundException.class)) {
            return Optional.of(new SourceException(mode + " checks the server against a root certificate, but "
                    + rootCertificate(target) + " does not exist. Choose the root certificate file of the server's"
                    + " certificate authority, or TLS mode require to encrypt without checking the server.", e));
        }
        // PgJDBC's verifier class is named in the message whatever its language.
        if (message.toLowerCase(Locale.ROOT).contains("hostnameverifier")) {
            return Optional.of(new SourceException("The TLS certificate of PostgreSQL at " + where + " is not issued"
                    + " for the host name \"" + target.host() + "\" (" + mode + "). Connect by a name the certificate"
                    + " holds, or choose TLS mode verify-ca to check the certificate but not the name.", e));
        }
        if (causedBy(e, SSLHandshakeException.class) && causedBy(e, CertificateException.class)) {
            return Optional.of(new SourceException("The TLS certificate of PostgreSQL at " + where + " is not signed"
                    + " by the root certificate " + rootCertificate(target) + " (" + mode + "). Choose the root"
                    + " certificate of the authority that signed the server's certificate.", e));
        }
        if (state.startsWith("08") && (message.contains("SSL") || causedBy(e, SSLException.class))) {
            return Optional.of(new SourceException("The TLS handshake with PostgreSQL at " + where + " failed (" + mode
                    + "): " + PostgresErrors.firstLine(e) + ". Check the TLS mode, the root certificate and that"
                    + " the host name matches the server's certificate.", e));
        }
        return Optional.empty();
    }

    /** The root certificate file PgJDBC reads: the target's, else its default in the user's PostgreSQL folder. */
    private static String rootCertificate(PostgresTarget target) {
        if (target.sslRootCert() != null) {
            return target.sslRootCert();
        }
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("windows");
        String folder = windows ? System.getenv("APPDATA") + File.separator + "postgresql"
                : System.getProperty("user.home") + File.separator + ".postgresql";
        return folder + File.separator + "root.crt";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
