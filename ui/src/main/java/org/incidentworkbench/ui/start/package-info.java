/** The start page: open a snapshot file or the sample incident, or reopen a recent source or workspace. */
package org.incidentworkbench.ui.start;
