package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSourceTest {
    @Test
    void anUnknownKindIsRefusedListingTheKnownOnes() {
        assertEquals("unknown data 'mnist' (known: cifar10, cifar10-cats-dogs, csv, faces, folder, function, imdb, spam, text)",
                refusal(DataSource.standard(), "mnist"));
        assertEquals("unknown data 'pictures:x' (known: cifar10, cifar10-cats-dogs, csv, faces, folder, function, imdb, spam, text)",
                refusal(DataSource.standard(), "pictures:x"));
    }

    /** The training engine adds the shipped MNIST digits as a kind of its own. */
    @Test
    void withAddsAKindAndLeavesTheOriginalAlone() {
        Examples digits = new Examples("mnist", List.of(2), new float[][] {{0, 1}}, new float[][] {{1, 0}}, List.of("0", "1"));
        String[] seen = new String[2];
        DataReader reader = new DataReader() {
            @Override
            public TrainTest read(String argument, DataOptions options) {
                seen[0] = argument;
                seen[1] = String.valueOf(options.integer(DataOptions.LIMIT, -1, 1, 100));
                return TrainTest.of(digits);
            }

            @Override
            public Set<String> options() {
                return Set.of(DataOptions.LIMIT);
            }
        };
        DataSource source = DataSource.standard().with("mnist", reader);
        assertEquals(digits, source.train("mnist?limit=7"));
        assertEquals(List.of("", "7"), List.of(seen));
        assertEquals(digits, source.train(" MNIST:train "));
        assertEquals("train", seen[0]);
        assertTrue(source.kinds().contains("mnist"));
        assertTrue(!DataSource.standard().kinds().contains("mnist"));
        assertEquals("mnist: option 'limit' must be an integer from 1 to 100, got '0'", refusal(source, "mnist?limit=0"));
        assertEquals("mnist: unknown option 'words' (known: limit)", refusal(source, "mnist?words=3"));
    }

    @Test
    void aKindThatNeedsAnArgumentSaysSo() {
        // cifar10 alone is the pulled set (PulledReadersTest); folder needs its folder
        assertEquals("folder: what to read is missing after the colon, e.g. folder:donnees (donnees/train/cats, donnees/train/dogs)",
                refusal(DataSource.standard(), "folder"));
        assertEquals("text: what to read is missing after the colon, e.g. text:aclImdb", refusal(DataSource.standard(), "text:"));
        assertEquals("faces: unknown option 'size' (known: none)", refusal(DataSource.standard(), "faces?size=3"));
        assertEquals("spam is shipped with the lab and reads nothing more, got 'my-mails'",
                refusal(DataSource.standard(), "spam:my-mails"));
    }

    private static String refusal(DataSource source, String data) {
        return assertThrows(BadInputException.class, () -> source.read(data)).getMessage();
    }
}
