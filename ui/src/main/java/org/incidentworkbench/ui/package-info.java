/**
 * The JavaFX workbench. Packages are features (shell, incidents, workspace, overview, metrics,
 * logs); each has views that build their nodes in code and view models that expose read-only
 * properties and commands, never touch a {@code Node}, and are tested without a toolkit. The ui
 * talks to {@code analysis} ports only, never to {@code storage}.
 */
package org.incidentworkbench.ui;
