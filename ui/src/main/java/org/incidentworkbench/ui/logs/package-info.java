/**
 * The Logs section: a log table over a bounded window of records that slides a page at a time as
 * the user scrolls ({@code RecordWindow}, {@code PagedLogLoader}), filters that apply
 * while the user types (debounced, newest request wins), a log-volume histogram whose drag selects
 * the time range, and a details pane with a record's attributes and its context.
 */
package org.incidentworkbench.ui.logs;
