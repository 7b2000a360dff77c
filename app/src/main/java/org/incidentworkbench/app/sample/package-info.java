/** The bundled sample incident's snapshot in the user's data folder, generated on first use; shared by the demo command and the desktop app. */
package org.incidentworkbench.app.sample;
