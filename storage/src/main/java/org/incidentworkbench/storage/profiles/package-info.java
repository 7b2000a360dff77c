/**
 * Source profiles: how the canonical relations the reads use are read from a database's own
 * tables, as JSON files of SQL templates with named parameters (see docs/source-profiles.md). This
 * package reads and lists profiles and turns a profile's templates into the reads'
 * {@link org.incidentworkbench.storage.jdbc.Relations}; {@code storage.postgres} checks a profile
 * against a server.
 */
package org.incidentworkbench.storage.profiles;
