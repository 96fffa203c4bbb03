package deepmath.app.attention;

import deepmath.app.lab.LabContext;
import deepmath.hub.HubPull;
import deepmath.hub.HubSettings;
import deepmath.hub.ModelRepo;
import deepmath.hub.TransferStatus;
import deepmath.viz.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * "Download from the Hub": GPT-2 small, DistilGPT-2 or GPT-2 medium pulled from the Hugging Face Hub into the
 * shared cache ({@link HubPull}), off the FX thread with its progress and Cancel in the status bar, then opened.
 * Choosing an item (which names the size) is the confirmation. A cancelled or cut download resumes next time.
 */
final class HubDownloadMenu {
    /** The repositories offered, with the bundle key of their item. */
    static final List<String> REPOS = List.of("gpt2", "distilgpt2", "gpt2-medium");

    private HubDownloadMenu() {
    }

    /** "Download from the Hub ▾" with one item per repository. */
    static MenuButton create(Messages messages, String id, Consumer<String> onChoice) {
        MenuButton menu = new MenuButton();
        menu.textProperty().bind(messages.text("model.download"));
        menu.setId(id);
        addRepos(menu, messages, id, onChoice);
        return menu;
    }

    /**
     * "Open model… ▾": a folder on this computer, then the repositories to download — one control where the model
     * bar has room for one beside the model's description.
     */
    static MenuButton withFolder(Messages messages, String id, Runnable openFolder, Consumer<String> onChoice) {
        MenuButton menu = new MenuButton();
        menu.textProperty().bind(messages.text("model.open"));
        menu.setId(id);
        MenuItem folder = new MenuItem();
        folder.textProperty().bind(messages.text("model.open.folder"));
        folder.setId(id + "-folder");
        folder.setOnAction(e -> openFolder.run());
        menu.getItems().addAll(folder, new SeparatorMenuItem());
        addRepos(menu, messages, id, onChoice);
        return menu;
    }

    private static void addRepos(MenuButton menu, Messages messages, String id, Consumer<String> onChoice) {
        for (String repo : REPOS) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(messages.text("model.download." + repo));
            item.setId(id + "-" + repo);
            item.setOnAction(e -> onChoice.accept(repo));
            menu.getItems().add(item);
        }
    }

    /** Pulls {@code repo} (main) with the user's Hub settings; {@code onDone} gets the snapshot on the FX thread. */
    static Task<Path> start(LabContext context, Messages messages, HubSettings settings, String repo,
            Consumer<Path> onDone) {
        return context.tasks().submit(messages.text("task.download", repo), progress ->
                new HubPull(settings).pull(new ModelRepo(repo, "main"), progress,
                        status -> progress.message(line(messages, context.i18n().getLocale(), status))), onDone);
    }

    /** The status line in the current language: "model.safetensors : 12,5 Mo sur 548,1 Mo, 3,2 Mo/s, encore 2 min 47 s". */
    static String line(Messages messages, Locale locale, TransferStatus s) {
        String done = megabytes(locale, s.done());
        String total = megabytes(locale, s.total());
        if (s.bytesPerSecond() <= 0 || s.secondsLeft() < 0) {
            return messages.get("download.status.start", s.file(), done, total);
        }
        return messages.get("download.status", s.file(), done, total,
                megabytes(locale, Math.round(s.bytesPerSecond())), s.timeLeft());
    }

    /** Megabytes with one decimal in the language's own way (12.5 / 12,5). */
    private static String megabytes(Locale locale, long bytes) {
        return String.format(locale, "%.1f", bytes / 1e6);
    }
}
