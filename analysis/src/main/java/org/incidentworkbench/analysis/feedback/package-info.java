/**
 * Human feedback on an incident: the four append-only event kinds with their typed payload
 * builders, and the {@link org.incidentworkbench.analysis.feedback.FeedbackLog} port through which
 * the app records them (durable locally first, then delivered to the source).
 */
package org.incidentworkbench.analysis.feedback;
