/**
 * The deterministic generator of realistic demo incidents: a {@link org.incidentworkbench.sample.Scenario} and a
 * seed become a DuckDB snapshot plus a ground-truth file beside it. Entry point:
 * {@link org.incidentworkbench.sample.SampleGenerator#generate}.
 */
package org.incidentworkbench.sample;
