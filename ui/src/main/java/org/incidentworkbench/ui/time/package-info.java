/** How times are shown: in UTC or the local zone, switched everywhere at once. */
package org.incidentworkbench.ui.time;
