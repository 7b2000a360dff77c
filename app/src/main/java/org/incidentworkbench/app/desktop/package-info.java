/**
 * Starting the desktop app from the command line: {@link org.incidentworkbench.app.desktop.DesktopApp}
 * starts the JavaFX toolkit (no {@code Application} subclass, no static state), builds the shell
 * and blocks until its window is closed.
 */
package org.incidentworkbench.app.desktop;
