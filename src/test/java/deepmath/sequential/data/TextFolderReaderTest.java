package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts as 0/1 word vectors (chapter 10, §5, line 12043) on a tiny aclImdb tree the test writes. */
class TextFolderReaderTest {
    @TempDir
    Path dir;

    /** Line 12065: the book's ten words and its three reviews coded as [2, 1, 4], [9, 6, 3], [1, 2]. */
    @Test
    void theBooksThreeReviewsAsVectors() {
        BagOfWords bag = new BagOfWords(List.of("film", "bon", "mauvais", "voir", "éviter", "très", "bien", "mal",
                "moyen", "super"));
        assertArrayEquals(new float[] {1, 1, 0, 1, 0, 0, 0, 0, 0, 0}, bag.encode("bon film à voir absolument"));
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 1, 0, 0, 1, 0},
                bag.encode("début moyen mais après c’est très mauvais"));
        assertArrayEquals(new float[] {1, 1, 0, 0, 0, 0, 0, 0, 0, 0},
                bag.encode("film drôle et émouvant on passe un bon moment"));
    }

    @Test
    void wordsAreLowerCaseWithoutTags() {
        assertEquals(List.of("great", "film", "don't", "miss", "it", "10", "10"),
                BagOfWords.tokens("Great FILM!<br /><br />Don't miss it: 10/10"));
    }

    private void imdb(Path root) throws Exception {
        write(root.resolve("train/pos/0_9.txt"), "great film, great acting");
        write(root.resolve("train/pos/1_8.txt"), "a great story<br />great");
        write(root.resolve("train/neg/0_2.txt"), "bad film, bad bad acting");
        write(root.resolve("train/neg/1_1.txt"), "boring");
        write(root.resolve("train/unsup/0_0.txt"), "unlabelled unlabelled unlabelled unlabelled unlabelled");
        write(root.resolve("train/urls_pos.txt"), "http://www.imdb.com/title/tt0453418/usercomments");
        write(root.resolve("test/pos/0_10.txt"), "Great! Great! a story");
        write(root.resolve("test/neg/0_3.txt"), "terrible");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theMostFrequentWordsOfTheTrainingTextsInOrderAndEachTextItsVector() throws Exception {
        imdb(dir.resolve("aclImdb"));
        TrainTest data = DataSource.standard().read("text:" + dir + "?words=4");
        Examples train = data.train();
        // counts: great 4, bad 3, acting 2, film 2, then a, boring, story 1 each; ties alphabetical
        assertEquals(List.of(4), train.shape());
        assertEquals(List.of("neg", "pos"), train.classes());
        assertEquals(4, train.count()); // unsup/ left out
        // classes in turn: neg/0_2, pos/0_9, neg/1_1, pos/1_8
        assertEquals(List.of(0, 1, 0, 1), List.of(train.label(0), train.label(1), train.label(2), train.label(3)));
        // vocabulary [great, bad, acting, film]
        assertArrayEquals(new float[] {0, 1, 1, 1}, train.inputs()[0]); // bad film, bad bad acting
        assertArrayEquals(new float[] {1, 0, 1, 1}, train.inputs()[1]); // great film, great acting
        assertArrayEquals(new float[] {0, 0, 0, 0}, train.inputs()[2]); // boring
        assertArrayEquals(new float[] {1, 0, 0, 0}, train.inputs()[3]); // a great story great
        Examples test = data.held().orElseThrow();
        assertArrayEquals(new float[] {0, 0, 0, 0}, test.inputs()[0]); // terrible
        assertArrayEquals(new float[] {1, 0, 0, 0}, test.inputs()[1]); // Great! Great! a story
        assertEquals(1, test.label(1));
        assertEquals(List.of("great", "bad", "acting", "film", "a", "boring", "story"),
                BagOfWords.mostFrequent(List.of("great film, great acting", "a great story<br />great",
                        "bad film, bad bad acting", "boring"), 10).words());
    }

    @Test
    void theFolderWithoutATrainPartIsAllTraining() throws Exception {
        write(dir.resolve("ham/1.txt"), "hello friend");
        write(dir.resolve("spam/1.txt"), "win money now");
        TrainTest data = DataSource.standard().read("text:" + dir + "?per-class=1");
        assertEquals(List.of("ham", "spam"), data.train().classes());
        assertEquals(List.of(5), data.train().shape()); // only five distinct words, fewer than 1000
        assertEquals(true, data.held().isEmpty());
    }

    @Test
    void emptyTextsAndMissingFoldersAreRefused() throws Exception {
        write(dir.resolve("a/1.txt"), "...");
        write(dir.resolve("b/1.txt"), "!!!");
        assertEquals(dir.getFileName() + ": no words in the training texts", refusal("text:" + dir));
        assertEquals("no such folder: " + dir.resolve("aclImdb2"), refusal("text:" + dir.resolve("aclImdb2")));
        assertEquals("text: unknown option 'size' (known: per-class, words)", refusal("text:" + dir + "?size=3"));
    }

    private static String refusal(String data) {
        return assertThrows(BadInputException.class, () -> DataSource.standard().read(data)).getMessage();
    }
}
