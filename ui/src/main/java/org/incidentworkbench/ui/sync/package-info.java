/**
 * "Sync feedback" in a snapshot workspace: pushes the snapshot's feedback events, and those recorded
 * for it on this machine, to a saved PostgreSQL connection, asking for its password as connecting
 * does. The pushing itself is the {@link org.incidentworkbench.ui.sync.FeedbackSyncs} port, which
 * the app's wiring implements over the feedback outbox.
 */
package org.incidentworkbench.ui.sync;
