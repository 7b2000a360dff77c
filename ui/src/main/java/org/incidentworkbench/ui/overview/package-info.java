/**
 * The Overview section: tiles for the incident service's key signals, the changes and the error
 * logs of the window against a baseline, each with a sparkline and a click-through to the section
 * that shows it in full.
 */
package org.incidentworkbench.ui.overview;
