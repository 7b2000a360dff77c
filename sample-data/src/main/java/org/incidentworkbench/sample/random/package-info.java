/**
 * Seeded randomness: independent streams per purpose derived from the one seed, ids drawn from
 * them (UUIDs, W3C trace and span ids, commit SHAs), and the few distributions the generators use.
 * Nothing here reads the clock or a global random source.
 */
package org.incidentworkbench.sample.random;
