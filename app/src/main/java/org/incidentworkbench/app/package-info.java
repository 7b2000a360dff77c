/**
 * The application: {@link org.incidentworkbench.app.Main}, and {@link org.incidentworkbench.app.Workbench},
 * the one class that wires the modules together (plain constructors, no singletons).
 */
package org.incidentworkbench.app;
