/**
 * Time ranges and microsecond timestamps shared by every signal, the one ladder of nice time steps
 * that bucket widths and axis ticks are chosen from, and ticks at round times of a zone.
 */
package org.incidentworkbench.analysis.time;
