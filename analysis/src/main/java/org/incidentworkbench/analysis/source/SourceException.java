package org.incidentworkbench.analysis.source;

/**
 * A read or an open failed for a reason the user can act on. The message is plain language meant
 * to be shown as it is (it names the file, table or setting at fault); the cause keeps the detail
 * for the log.
 */
public class SourceException extends RuntimeException {

    public SourceException(String plainMessage) {
        super(plainMessage);
    }

    public SourceException(String plainMessage, Throwable cause) {
        super(plainMessage, cause);
    }
}
