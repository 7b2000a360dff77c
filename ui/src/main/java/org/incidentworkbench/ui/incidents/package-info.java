/** The incidents of one source in a sortable table filtered by what the user types; opening one opens its workspace. */
package org.incidentworkbench.ui.incidents;
