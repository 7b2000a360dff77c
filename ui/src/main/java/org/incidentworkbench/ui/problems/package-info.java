/** The one place failures reach the user: a plain message to show, the stack trace logged once. */
package org.incidentworkbench.ui.problems;
