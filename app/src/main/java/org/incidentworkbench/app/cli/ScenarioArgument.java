package org.incidentworkbench.app.cli;

import org.incidentworkbench.sample.Scenario;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a scenario by its command-line name, e.g. checkout-db-pool. */
public final class ScenarioArgument implements ITypeConverter<Scenario> {

    @Override
    public Scenario convert(String text) {
        try {
            return Scenario.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
