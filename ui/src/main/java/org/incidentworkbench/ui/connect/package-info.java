/**
 * "Connect to database…": the connection form (test, save, connect), the saved connections, and
 * logging in: a password is asked for only when the server refuses to go without one, and is then
 * kept in memory for the rest of the session, never written.
 */
package org.incidentworkbench.ui.connect;
