/**
 * The one way work leaves the FX thread: {@link org.incidentworkbench.ui.tasks.TaskRunner} runs
 * reads and analyses in the background, reports progress, and delivers results on the FX thread;
 * {@link org.incidentworkbench.ui.tasks.LatestOnly} makes the newest request win.
 */
package org.incidentworkbench.ui.tasks;
