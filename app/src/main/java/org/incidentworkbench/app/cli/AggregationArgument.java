package org.incidentworkbench.app.cli;

import org.incidentworkbench.analysis.metrics.Aggregation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an aggregation name (avg, sum, min, max, count, p50, p95, p99). */
public final class AggregationArgument implements ITypeConverter<Aggregation> {

    @Override
    public Aggregation convert(String text) {
        try {
            return Aggregation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
