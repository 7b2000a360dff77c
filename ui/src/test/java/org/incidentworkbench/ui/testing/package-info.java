/** Test support for headless views: the sample snapshot they click through, and screenshots. */
package org.incidentworkbench.ui.testing;
