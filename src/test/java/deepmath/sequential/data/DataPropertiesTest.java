package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.conv.Plane;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Properties of the readers' two computations: the picture resize and the 0/1 word vectors. */
class DataPropertiesTest {
    /** When the new size divides the old one, every source pixel falls in exactly one cell: the mean is kept. */
    @Property(tries = 200)
    void resizingByAWholeFactorKeepsTheMean(@ForAll @IntRange(min = 1, max = 6) int rows,
            @ForAll @IntRange(min = 1, max = 6) int cols, @ForAll @IntRange(min = 1, max = 4) int factor,
            @ForAll @IntRange(min = 0, max = 1000) int seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] v = new float[rows * factor * cols * factor];
        double sum = 0;
        for (int k = 0; k < v.length; k++) {
            v[k] = random.nextInt(256);
            sum += v[k];
        }
        float[] out = ImageFolderReader.resize(new Plane(rows * factor, cols * factor, v), rows, cols);
        double outSum = 0;
        for (float x : out) {
            outSum += x;
        }
        assertEquals(sum / v.length, outSum / out.length, 1e-3);
    }

    /** The vector has a 1 exactly at the places of the vocabulary words the text holds. */
    @Property(tries = 300)
    void aTextsVectorMarksTheVocabularyWordsItHolds(
            @ForAll @Size(max = 12) List<@StringLength(min = 1, max = 3) @net.jqwik.api.constraints.CharRange(from = 'a', to = 'd') String> words,
            @ForAll @IntRange(min = 1, max = 20) int k) {
        String text = String.join(" ", words);
        BagOfWords bag = BagOfWords.mostFrequent(List.of(text, "a b c d ab ba"), k);
        float[] v = bag.encode(text);
        Set<String> held = new HashSet<>(words);
        for (int i = 0; i < v.length; i++) {
            assertEquals(held.contains(bag.words().get(i)) ? 1f : 0f, v[i], bag.words().get(i));
        }
        assertEquals(Math.min(k, bag.words().size()), v.length);
    }
}
