/**
 * The shop the sample is about: its services (with the numbers that drive their signals), the
 * calls between them, their database connection pools, and the pods they run as.
 */
package org.incidentworkbench.sample.system;
