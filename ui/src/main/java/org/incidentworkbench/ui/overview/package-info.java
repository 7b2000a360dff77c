/**
 * The Overview section: tiles for the incident service's key signals (saturation: the most saturated
 * resource around it), the changes and the error logs of the window against a baseline, each with a
 * sparkline and a click-through to the section that shows it in full. The tiles take their colours
 * from the theme's stylesheet ({@code overview.css}).
 */
package org.incidentworkbench.ui.overview;
