package deepmath.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: app → viz → model. */
@AnalyzeClasses(packages = "deepmath", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule modelIsPlainJavaAndNd4j = noClasses()
            .that().resideOutsideOfPackages("deepmath.viz..", "deepmath.app..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "org.fxyz3d..", "atlantafx..",
                    "deepmath.viz..", "deepmath.app..")
            .because("the model layer runs headless (CLI, benchmarks, tests) and is shared by every view");

    @ArchTest
    static final ArchRule vizDoesNotKnowTheApplication = noClasses()
            .that().resideInAPackage("deepmath.viz..")
            .should().dependOnClassesThat().resideInAPackage("deepmath.app..")
            .because("views are reusable; panels in app wire them to the model");
}
