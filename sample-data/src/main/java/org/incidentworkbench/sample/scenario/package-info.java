/**
 * The stories: a baseline day every sample shares (routine deployments and config changes, the
 * hourly batch job, consumer rebalances, a couple of minor incidents) and one script per
 * {@link org.incidentworkbench.sample.Scenario} that adds its cause, its distractors and its
 * mitigation, and knows its ground truth.
 */
package org.incidentworkbench.sample.scenario;
