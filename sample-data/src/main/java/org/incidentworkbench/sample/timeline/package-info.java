/**
 * Time in the sample: the fixed day the story happens on, the step grid every signal is computed
 * on, and the daily load curve of a European web shop.
 */
package org.incidentworkbench.sample.timeline;
