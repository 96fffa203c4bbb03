package deepmath.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model says what is wrong as data (deepmath.core.InputProblem); only the window says it from a bundle. */
@AnalyzeClasses(packages = "deepmath", importOptions = ImportOption.DoNotIncludeTests.class)
class RefusalRulesTest {

    @ArchTest
    static final ArchRule modelReadsNoBundle = noClasses()
            .that().resideOutsideOfPackages("deepmath.viz..", "deepmath.app..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.ResourceBundle")
            .because("a refusal carries a key and its arguments; the window's errors bundle words it");
}
