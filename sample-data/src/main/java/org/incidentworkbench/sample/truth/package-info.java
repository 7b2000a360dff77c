/**
 * The ground truth of a generated sample: what really caused its incident. Written to a JSON file
 * beside the snapshot, never inside it, so that no analysis can read it; used to score analyses.
 */
package org.incidentworkbench.sample.truth;
