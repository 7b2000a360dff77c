package org.incidentworkbench.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of ARCHITECTURE.md, checked on every class of the project on app's classpath
 * (app depends on every other module). An empty rule fails, so each rule really checks classes.
 */
@AnalyzeClasses(packages = "org.incidentworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule analysisImportsNeitherJavaFxNorJdbc = noClasses()
            .that().resideInAPackage("org.incidentworkbench.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..");

    @ArchTest
    static final ArchRule storageImportsNoJavaFx = noClasses()
            .that().resideInAPackage("org.incidentworkbench.storage..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule uiTalksToAnalysisNotToStorage = noClasses()
            .that().resideInAPackage("org.incidentworkbench.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.incidentworkbench.storage..");

    @ArchTest
    static final ArchRule viewModelsTouchNoNodeOrStage = noClasses()
            .that().resideInAPackage("org.incidentworkbench.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule nothingImportsApp = noClasses()
            .that().resideInAPackage("org.incidentworkbench..")
            .and().resideOutsideOfPackage("org.incidentworkbench.app..")
            .should().dependOnClassesThat().resideInAPackage("org.incidentworkbench.app..");
}
