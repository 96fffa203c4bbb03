package deepmath.app.models;

import deepmath.app.convolution.ScreenshotWriter;
import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.app.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The documentation's screenshots of the Model builder (docs/screenshots/models-*.png) in both languages, from the
 * real window at 1280×800: the chapter 14 CNN with the whole MNIST chosen, and the worst mistakes of a colour
 * network (64 × 64 RGB crops of the shipped coffee and cat photos, two classes, trained for real). On demand only:
 * {@code mvn -B -o test -Dtest=ModelsScreenshotsTest -Ddeepmath.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "deepmath.screenshots", matches = ".+")
class ModelsScreenshotsTest {
    private static final Path OUT = Path.of(System.getProperty("deepmath.screenshots", "target/screenshots"));
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @TempDir
    Path folder;

    private ModelsLab prepare(FxRobot robot, Locale locale) throws Exception {
        MainWindow window = english.window();
        robot.interact(() -> {
            ScreenshotWriter.place(english.stage());
            window.setLanguage(locale);
            window.selectLab(LabId.MODELS);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return (ModelsLab) window.currentLabProperty().get();
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotWriter.write(english.stage().getScene(), OUT.resolve(name + ".png"));
    }

    private void mnistFull(FxRobot robot, Locale locale, String suffix) throws Exception {
        ModelsLab lab = prepare(robot, locale);
        robot.interact(() -> {
            lab.state().apply(deepmath.sequential.BookArchitectures.byKey("mnist-cnn").orElseThrow());
            lab.state().dataProperty().set(lab.state().dataProperty().get().withKind(DataChoice.Kind.MNIST_FULL));
            lab.state().tabProperty().set(1);
        });
        shoot("models-mnist-full" + suffix);
    }

    /** train/ and test/ folders of 64 × 64 crops of two colour photos, at seeded random places. */
    private Path crops() throws Exception {
        Random random = new Random(5);
        for (String name : new String[] {"coffee", "chelsea"}) {
            BufferedImage photo;
            try (InputStream in = getClass().getResourceAsStream("/images/" + name + ".png")) {
                photo = javax.imageio.ImageIO.read(in);
            }
            for (String part : new String[] {"train", "test"}) {
                Path dir = Files.createDirectories(folder.resolve("photos").resolve(part).resolve(name));
                int count = part.equals("train") ? 40 : 24;
                for (int i = 0; i < count; i++) {
                    int side = 64 + random.nextInt(Math.min(photo.getWidth(), photo.getHeight()) / 2);
                    int x = random.nextInt(photo.getWidth() - side);
                    int y = random.nextInt(photo.getHeight() - side);
                    javax.imageio.ImageIO.write(photo.getSubimage(x, y, side, side), "png",
                            dir.resolve(i + ".png").toFile());
                }
            }
        }
        return folder.resolve("photos");
    }

    private void colourMistakes(FxRobot robot, Locale locale, String suffix) throws Exception {
        Path photos = crops();
        ModelsLab lab = prepare(robot, locale);
        robot.interact(() -> {
            lab.state().apply(deepmath.sequential.ModelSpecJson.parse("{\"input\": [64, 64, 3], \"layers\": ["
                    + "{\"type\": \"conv2d\", \"filters\": 8, \"kernel\": 3, \"activation\": \"relu\"},"
                    + "{\"type\": \"maxpool\", \"size\": 4}, {\"type\": \"flatten\"},"
                    + "{\"type\": \"dense\", \"units\": 2, \"activation\": \"softmax\"}]}", "photos"));
            lab.state().dataProperty().set(DataChoice.of(DataChoice.Kind.FOLDER).withPath(photos.toString()));
            lab.state().trainingProperty().set(new TrainingSettings("categorical_crossentropy", "adam", 0.001, 2, 8,
                    0, 3));
            lab.state().tabProperty().set(1);
        });
        robot.clickOn("#models-train");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !lab.trainPane().runningProperty().get()
                && lab.trainPane().trainedProperty().get() != null);
        robot.interact(() -> lab.state().tabProperty().set(2));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#models-mistakes").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup("#models-sees-scroll").queryAs(ScrollPane.class);
            scroll.setVvalue(scroll.getVmax());
        });
        shoot("models-colour-mistakes" + suffix);
    }

    @Test
    void english(FxRobot robot) throws Exception {
        mnistFull(robot, Locale.ENGLISH, "");
        colourMistakes(robot, Locale.ENGLISH, "");
    }

    @Test
    void french(FxRobot robot) throws Exception {
        mnistFull(robot, Locale.FRENCH, "-fr");
        colourMistakes(robot, Locale.FRENCH, "-fr");
    }
}
