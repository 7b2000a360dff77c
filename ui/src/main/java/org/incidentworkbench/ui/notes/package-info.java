/**
 * The Notes section: an incident's feedback timeline (what the source holds merged with what was
 * recorded here, each marked pending or saved to the source) and a box to add a note, recorded
 * through the workspace's {@link org.incidentworkbench.analysis.feedback.FeedbackLog}.
 */
package org.incidentworkbench.ui.notes;
