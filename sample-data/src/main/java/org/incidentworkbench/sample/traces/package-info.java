/**
 * Sampled traces: the request shapes of the shop (product page, search, cart, checkout, payment
 * status, login) walked through the simulated services, with W3C ids, OpenTelemetry-style span
 * kinds and attributes, tail sampling that keeps failing traces more often, the log lines written
 * inside the spans, and the service edges the spans reveal.
 */
package org.incidentworkbench.sample.traces;
