package deepmath.app.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabContext;
import deepmath.app.task.BackgroundTasks;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.HuggingFaceCache;
import deepmath.hub.FakeHub;
import deepmath.hub.HubSettings;
import deepmath.hub.TransferStatus;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The attention lab's "Download from the Hub": the status line in both languages, a real pull, a Cancel. */
@ExtendWith(ApplicationExtension.class)
class HubDownloadMenuTest {
    @TempDir
    Path dir;

    private BackgroundTasks tasks;
    private LabContext context;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks((title, e) -> errors.add(e));
        context = new LabContext(new I18n(Locale.ENGLISH), tasks, (title, e) -> errors.add(e),
                new SimpleBooleanProperty(true), () -> stage);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void theStatusLineSpeaksBothLanguages() {
        TransferStatus status = new TransferStatus("model.safetensors", 12_500_000, 548_100_000, 3_200_000, 167);
        Messages en = new I18n(Locale.ENGLISH).messages("attention");
        assertEquals("model.safetensors: 12.5 MB of 548.1 MB, 3.2 MB/s, 2 min 47 s left",
                HubDownloadMenu.line(en, Locale.ENGLISH, status));
        Messages fr = new I18n(Locale.FRENCH).messages("attention");
        assertEquals("model.safetensors : 12,5 Mo sur 548,1 Mo, 3,2 Mo/s, encore 2 min 47 s",
                HubDownloadMenu.line(fr, Locale.FRENCH, status));
        assertEquals("config.json: 0.0 MB of 548.1 MB", HubDownloadMenu.line(en, Locale.ENGLISH,
                new TransferStatus("config.json", 0, 548_100_000, 0, -1)));
    }

    @Test
    void theMenuOffersThreeRepositories() throws Exception {
        MenuButton menu = onFx(() -> HubDownloadMenu.create(context.i18n().messages("attention"), "m", repo -> { }));
        assertEquals("Download from the Hub", menu.getText());
        assertEquals(List.of("From the Hub: GPT-2 small (gpt2, 548 MB)", "From the Hub: DistilGPT-2 (distilgpt2, 353 MB)",
                "From the Hub: GPT-2 medium (gpt2-medium, 1.5 GB)"), menu.getItems().stream().map(i -> i.getText()).toList());
        List<String> chosen = new CopyOnWriteArrayList<>();
        List<String> opened = new CopyOnWriteArrayList<>();
        MenuButton open = onFx(() -> HubDownloadMenu.withFolder(context.i18n().messages("attention"), "o",
                () -> opened.add("folder"), chosen::add));
        assertEquals("Open model…", open.getText());
        assertEquals("A folder on this computer…", open.getItems().get(0).getText());
        onFx(() -> {
            open.getItems().get(0).fire();
            open.getItems().get(4).fire();
            return null;
        });
        assertEquals(List.of("folder"), opened);
        assertEquals(List.of("gpt2-medium"), chosen);
    }

    @Test
    void aDownloadRunsInTheBackgroundAndHandsOverTheSnapshot() throws Exception {
        try (FakeHub hub = new FakeHub()) {
            hub.addTinyGpt2("gpt2", dir);
            HubSettings settings = HubSettings.fromEnvironment(Map.of("HF_ENDPOINT", hub.url(),
                    "HF_HUB_CACHE", dir.resolve("hub").toString()));
            CompletableFuture<Path> done = new CompletableFuture<>();
            Task<Path> task = onFx(() -> HubDownloadMenu.start(context, context.i18n().messages("attention"),
                    settings, "gpt2", done::complete));
            Path snapshot = done.get(20, TimeUnit.SECONDS);
            assertEquals(new HuggingFaceCache(dir.resolve("hub")).snapshot("gpt2").orElseThrow(), snapshot);
            assertEquals("Download gpt2 from the Hugging Face Hub", onFx(task::getTitle));
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }

    @Test
    void cancelStopsTheDownloadAndKeepsWhatArrivedForNextTime() throws Exception {
        try (FakeHub hub = new FakeHub()) {
            FakeHub.Repo repo = hub.addTinyGpt2("gpt2", dir);
            hub.slowFile = Gpt2Checkpoint.WEIGHTS;
            HubSettings settings = HubSettings.fromEnvironment(Map.of("HF_ENDPOINT", hub.url(),
                    "HF_HUB_CACHE", dir.resolve("hub").toString()));
            Path incomplete = dir.resolve("hub/models--gpt2/blobs/"
                    + FakeHub.sha256(repo.files.get(Gpt2Checkpoint.WEIGHTS)) + ".incomplete");
            CompletableFuture<Path> done = new CompletableFuture<>();
            Task<Path> task = onFx(() -> HubDownloadMenu.start(context, context.i18n().messages("attention"),
                    settings, "gpt2", done::complete));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!(Files.exists(incomplete) && Files.size(incomplete) > 0) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Platform.runLater(task::cancel);
            while (!task.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(task.isDone(), "cancelled in time");
            Thread.sleep(300); // the worker notices the cancel within 100 ms
            assertFalse(done.isDone(), "no snapshot handed over");
            long kept = Files.size(incomplete);
            assertTrue(kept > 0 && kept < repo.files.get(Gpt2Checkpoint.WEIGHTS).length, "kept " + kept);
            assertTrue(new HuggingFaceCache(dir.resolve("hub")).snapshot("gpt2").isEmpty());
            assertTrue(errors.isEmpty(), "a cancel is not an error: " + errors);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
