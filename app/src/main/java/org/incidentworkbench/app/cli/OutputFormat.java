package org.incidentworkbench.app.cli;

/** How a listing is printed: aligned columns for people, CSV or JSON for scripts. */
public enum OutputFormat {
    TABLE, CSV, JSON
}
