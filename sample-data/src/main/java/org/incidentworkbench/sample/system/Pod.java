package org.incidentworkbench.sample.system;

/** A pod: its name, the node it runs on and its IP. */
public record Pod(String name, String node, String ip) {
}
