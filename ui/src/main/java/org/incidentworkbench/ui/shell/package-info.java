/**
 * The main window: which page it shows (start, incident list, workspace), the open source and its
 * lifetime, the theme, the one problem banner, and the preferences remembered between runs.
 */
package org.incidentworkbench.ui.shell;
