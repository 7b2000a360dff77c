/**
 * Cards shown over the page on a dimmed background, rather than in windows of their own: the
 * password prompt, "Export snapshot…" and "Sync feedback" are built of the same pieces.
 */
package org.incidentworkbench.ui.prompt;
