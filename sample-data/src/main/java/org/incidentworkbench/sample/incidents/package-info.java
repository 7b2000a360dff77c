/**
 * The incident records of a sample: the scenario's incident and the day's minor ones, with their
 * gating decisions, and for the main incident the evidence, the ranked hypotheses of a naive
 * first-pass triage bot, an on-call note and a draft report.
 */
package org.incidentworkbench.sample.incidents;
