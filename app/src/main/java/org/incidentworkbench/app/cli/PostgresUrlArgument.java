package org.incidentworkbench.app.cli;

import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.PostgresUrl;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a libpq-style URL, {@code postgresql://user@host:port/database?sslmode=verify-full}. */
public final class PostgresUrlArgument implements ITypeConverter<PostgresTarget> {

    @Override
    public PostgresTarget convert(String url) {
        try {
            return PostgresUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
