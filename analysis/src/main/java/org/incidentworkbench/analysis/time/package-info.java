/** Time ranges and bucketing shared by every signal. */
package org.incidentworkbench.analysis.time;
