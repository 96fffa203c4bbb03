package deepmath.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Generated image files (random bytes behind real signatures, truncated and mutated real files, PNG headers
 * declaring any size): the reader gives a picture or a one-line {@link BadInputException} naming the file,
 * never another exception, and refuses every size above the limit from the header. jqwik shrinks and prints
 * a failing input.
 */
class ImagePropertiesTest {
    private static final String NAME = "input.img";
    private static final List<byte[]> REAL = List.of(
            CraftedImages.encode(CraftedImages.picture(48, 32, BufferedImage.TYPE_INT_RGB), "png"),
            CraftedImages.encode(CraftedImages.picture(48, 32, BufferedImage.TYPE_INT_RGB), "jpeg"),
            CraftedImages.encode(CraftedImages.picture(40, 24, BufferedImage.TYPE_BYTE_GRAY), "jpeg"),
            CraftedImages.encode(CraftedImages.picture(48, 32, BufferedImage.TYPE_INT_RGB), "bmp"),
            CraftedImages.encode(CraftedImages.picture(48, 32, BufferedImage.TYPE_BYTE_INDEXED), "gif"),
            CraftedImages.encode(CraftedImages.picture(20, 20, BufferedImage.TYPE_USHORT_GRAY), "png"),
            CraftedImages.encode(CraftedImages.picture(20, 20, BufferedImage.TYPE_BYTE_BINARY), "png"));
    private static final List<byte[]> SIGNATURES = List.of(new byte[0],
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
            new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, new byte[] {'G', 'I', 'F', '8', '9', 'a'},
            new byte[] {'B', 'M'});

    /** The property every file satisfies: a picture, or bad input on one line that names the file. */
    private static void pictureOrBadInput(byte[] file) {
        try {
            RasterImage image = ImageFiles.read(new ByteArrayInputStream(file), NAME);
            assertTrue(image.width() > 0 && image.height() > 0);
            assertTrue((long) image.width() * image.height() <= ImageDecoder.MAX_PIXELS);
        } catch (BadInputException e) {
            String message = e.getMessage();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.contains("'" + NAME + "'"), message);
        }
    }

    @Property(tries = 1000)
    void randomBytesBehindARealSignature(@ForAll("signatures") byte[] signature, @ForAll("noise") byte[] noise) {
        byte[] file = new byte[signature.length + noise.length];
        System.arraycopy(signature, 0, file, 0, signature.length);
        System.arraycopy(noise, 0, file, signature.length, noise.length);
        pictureOrBadInput(file);
    }

    @Provide
    Arbitrary<byte[]> signatures() {
        return Arbitraries.of(SIGNATURES);
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    }

    @Property(tries = 1000)
    void truncatedRealFiles(@ForAll("real") byte[] file, @ForAll("fractions") double kept) {
        pictureOrBadInput(CraftedImages.truncated(file, (int) (file.length * kept)));
    }

    @Provide
    Arbitrary<byte[]> real() {
        return Arbitraries.of(REAL);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    /** A few bytes overwritten, most often in the headers where sizes, palettes and tables are declared. */
    @Property(tries = 1000)
    void mutatedRealFiles(@ForAll("real") byte[] file, @ForAll("edits") List<Tuple.Tuple3<Boolean, Integer, Byte>> edits) {
        byte[] mutated = file.clone();
        for (Tuple.Tuple3<Boolean, Integer, Byte> edit : edits) {
            int span = edit.get1() ? Math.min(64, mutated.length) : mutated.length;
            mutated[edit.get2() % span] = edit.get3();
        }
        pictureOrBadInput(mutated);
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Boolean, Integer, Byte>>> edits() {
        return Combinators.combine(Arbitraries.of(true, true, false), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.bytes()).as(Tuple::of).list().ofMinSize(1).ofMaxSize(6);
    }

    /** A well-formed PNG declaring any size: above the limit it is refused from the header, exactly. */
    @Property(tries = 1000)
    void pngHeadersDeclaringAnySize(@ForAll("sides") int width, @ForAll("sides") int height,
                                    @ForAll("dataSizes") int zeroBytes) {
        byte[] file = CraftedImages.pngDeclaring(width, height, zeroBytes);
        if (width > 0 && height > 0 && (long) width * height > ImageDecoder.MAX_PIXELS) {
            BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                    () -> ImageFiles.read(new ByteArrayInputStream(file), NAME));
            assertEquals("'" + NAME + "' is " + width + "x" + height + ": too large (at most 50 megapixels)",
                    e.getMessage());
        } else {
            pictureOrBadInput(file);
        }
    }

    @Provide
    Arbitrary<Integer> sides() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-3, 300),
                Arbitraries.of(7072, 7071, 40_000, 50_000_001, Integer.MAX_VALUE, Integer.MIN_VALUE));
    }

    @Provide
    Arbitrary<Integer> dataSizes() {
        return Arbitraries.integers().between(0, 30_000);
    }
}
