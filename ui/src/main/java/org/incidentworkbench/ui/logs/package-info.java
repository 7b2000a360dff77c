/**
 * The Logs section: a log table paged from the source as the user scrolls, filters that apply
 * while the user types (debounced, newest request wins), a log-volume histogram whose drag selects
 * the time range, and a details pane with a record's attributes and its context.
 */
package org.incidentworkbench.ui.logs;
