package org.incidentworkbench.ui.workspace;

/**
 * Builds a section for one workspace. The app's wiring registers one factory per {@link Section};
 * the workspace shows exactly the sections it was given.
 */
@FunctionalInterface
public interface SectionFactory {

    SectionView create(WorkspaceContext context);
}
