package org.incidentworkbench.ui.shell;

/** What the main window shows. */
public enum Page {
    /** Open a file or the sample, or reopen something recent. */
    START,
    /** The form that tests, saves and connects to a database. */
    CONNECT,
    /** The incidents of the open source. */
    INCIDENTS,
    /** One incident's workspace. */
    WORKSPACE
}
