/**
 * Feedback events, durable first: {@link org.incidentworkbench.storage.feedback.FeedbackOutbox}
 * commits each event to the SQLite state file before anything else, then
 * {@link org.incidentworkbench.storage.feedback.FeedbackPush} delivers it to a
 * {@link org.incidentworkbench.storage.feedback.FeedbackTarget} (the snapshot's
 * {@code feedback_events} or a PostgreSQL source) idempotently, keyed by the client-generated id,
 * and quarantines an id that a target holds with different content instead of overwriting it.
 */
package org.incidentworkbench.storage.feedback;
