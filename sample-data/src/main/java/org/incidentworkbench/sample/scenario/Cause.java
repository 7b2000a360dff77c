package org.incidentworkbench.sample.scenario;

/**
 * What really caused a scenario's incident: the service at fault, the kind of cause (release,
 * traffic, dependency, infra) and, when a change caused it, the key of that planned change.
 */
public record Cause(String service, String kind, String changeKey, String summary) {
}
