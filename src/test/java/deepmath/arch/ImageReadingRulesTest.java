package deepmath.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.InputStream;

/**
 * Every picture opens through {@code deepmath.image.ImageDecoder}, which reads the header first and
 * enforces the size and memory limits: nothing else decodes an image file.
 */
@AnalyzeClasses(packages = "deepmath", importOptions = ImportOption.DoNotIncludeTests.class)
class ImageReadingRulesTest {
    /** Image(String url, …) and Image(InputStream, …): the constructors that decode; WritableImage(w, h) does not. */
    private static final DescribedPredicate<AccessTarget.CodeUnitCallTarget> READS_A_URL_OR_STREAM =
            DescribedPredicate.describe("reads a URL or a stream", target -> !target.getRawParameterTypes().isEmpty()
                    && (target.getRawParameterTypes().get(0).isEquivalentTo(String.class)
                    || target.getRawParameterTypes().get(0).isEquivalentTo(InputStream.class)));

    @ArchTest
    static final ArchRule onlyTheDecoderCallsImageIoReaders = noClasses()
            .that().doNotHaveFullyQualifiedName("deepmath.image.ImageDecoder")
            .should().callMethodWhere(target(owner(JavaClass.Predicates.assignableTo(javax.imageio.ImageIO.class)))
                    .and(target(nameMatching("read|getImageReaders.*|createImageInputStream"))))
            .because("ImageIO.read decodes whatever size the header declares (a 1.6 MB file can ask for 4.8 GB)");

    @ArchTest
    static final ArchRule noJavaFxImageFromAFileOrStream = noClasses()
            .should().callConstructorWhere(target(owner(JavaClass.Predicates.assignableTo("javafx.scene.image.Image")))
                    .and(target(READS_A_URL_OR_STREAM)))
            .allowEmptyShould(true)
            .because("new Image(url) decodes a user's file without the decoder's limits");
}
