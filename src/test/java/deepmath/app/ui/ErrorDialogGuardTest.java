package deepmath.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.app.shell.MainWindow;
import deepmath.image.CraftedImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The guards of issue 15 on the error dialogs the labs open: a real bad input per lab (a CSV with a bad line, a
 * network file without layers, a session with a bad kernel entry, an oversized or truncated picture, a session
 * from a newer version…) opens the real error dialog, in English and then in French; every text of the dialog is
 * translated and unclipped ({@link GuardDriver#errorDialog}), and the French reason is the bundle's French sentence
 * with the input's particulars. One lab: {@code mvn -B -o test -Dtest='ErrorDialogGuardTest#descent'}.
 */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogGuardTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @TempDir
    Path folder;

    private Path file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Consumer<MainWindow> openInLab(Path file) {
        return w -> w.currentLabProperty().get().open(file);
    }

    private static Consumer<MainWindow> openSession(Path file) {
        return w -> w.openSession(file);
    }

    private Path session(String lab, String state) {
        return file(lab + "-session.json", "{\"format\": \"deepmath-lab-session\", \"version\": 1, \"labs\": {\""
                + lab + "\": " + state + "}}");
    }

    private String frenchReason(LabId lab, String name, Consumer<MainWindow> provoke) {
        GuardDriver.ErrorDialogTexts dialog = new GuardDriver(english.window()).errorDialog(lab, name, provoke);
        dialog.report().assertClean();
        return dialog.frenchReason();
    }

    @Test
    void descent() {
        assertEquals("p.csv, ligne 3 : il faut deux valeurs x,y, et non « 3,4,5 »",
                frenchReason(LabId.DESCENT, "csv", openInLab(file("p.csv", "x,y\n1,2\n3,4,5\n"))));
        assertEquals("laboratoire \"descent\" : descent : « preset » doit être le nom d’un exemple prédéfini",
                frenchReason(LabId.DESCENT, "session", openSession(session("descent", "{\"preset\": 3}"))));
    }

    @Test
    void network() {
        assertEquals("n.json : le champ « layers » doit être une liste non vide",
                frenchReason(LabId.NETWORK, "network file", openInLab(file("n.json", "{\"inputs\": 2, \"layers\": []}"))));
        assertEquals("n2.json : le champ « inputs » doit être un entier de 1 à 1000000, et non 0",
                frenchReason(LabId.NETWORK, "network inputs",
                        openInLab(file("n2.json", "{\"inputs\": 0, \"layers\": [{}]}"))));
        assertEquals("q.csv, ligne 2 : 3 valeurs, alors que la première ligne en avait 2",
                frenchReason(LabId.NETWORK, "data file", openInLab(file("q.csv", "1,0\n1,2,0\n"))));
    }

    @Test
    void convolution() {
        assertEquals("laboratoire \"convolution\" : dans le noyau, le terme « 1/ » (ligne 1, colonne 2) n’est pas"
                + " un nombre", frenchReason(LabId.CONVOLUTION, "kernel entry",
                openSession(session("convolution", "{\"matrix\": {\"kernel\": \"1, 1/; 1, 1\"}}"))));
        // The file name is the user's data, named so that no bundle's word is in it ("big" is one, in English).
        assertEquals("« im20000.png » fait 20000x20000 : trop grande (au plus 50 mégapixels)",
                frenchReason(LabId.CONVOLUTION, "oversized image",
                        openInLab(file("im20000.png", CraftedImages.pngDeclaring(20_000, 20_000, 64)))));
        byte[] picture = CraftedImages.encode(CraftedImages.picture(64, 64,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png");
        String truncated = frenchReason(LabId.CONVOLUTION, "truncated image",
                openInLab(file("image-7.png", CraftedImages.truncated(picture, picture.length / 2))));
        assertTrue(truncated.startsWith("« image-7.png » est "), truncated);
    }

    @Test
    void digits() {
        assertEquals("w.zip n’est pas un fichier de poids pour les chiffres (il lui faut model.json et parameters.f32)",
                frenchReason(LabId.DIGITS, "weights file", openInLab(file("w.zip", "not a zip file"))));
        assertEquals("laboratoire \"digits\" : digits.strokes doit être une liste de traits",
                frenchReason(LabId.DIGITS, "session", openSession(session("digits", "{\"strokes\": 3}"))));
    }

    @Test
    void attention() throws IOException {
        Path model = Files.createDirectories(folder.resolve("m"));
        Files.writeString(model.resolve("config.json"), "{}");
        assertEquals("pas de model.safetensors dans « " + model + " »",
                frenchReason(LabId.ATTENTION, "model folder", openInLab(model.resolve("config.json"))));
        assertEquals("laboratoire \"attention\" : attention.text doit être un texte",
                frenchReason(LabId.ATTENTION, "session", openSession(session("attention", "{\"text\": 3}"))));
    }

    @Test
    void surfaces() {
        assertEquals("laboratoire \"surfaces\" : surfaces : « formula » doit être un texte, et non 5",
                frenchReason(LabId.SURFACES, "session", openSession(session("surfaces", "{\"formula\": 5}"))));
        String formula = frenchReason(LabId.SURFACES, "session formula",
                openSession(session("surfaces", "{\"formula\": \"x +* y\"}")));
        assertTrue(formula.startsWith("laboratoire \"surfaces\" : Colonne 4 : "), formula);
    }

    @Test
    void sessions() {
        assertEquals("« new.json » a été enregistré par un DeepMath Lab plus récent (session de version 99 ; cette"
                + " version lit jusqu’à la 1)", frenchReason(LabId.SURFACES, "newer session", openSession(file("new.json",
                "{\"format\": \"deepmath-lab-session\", \"version\": 99, \"labs\": {}}"))));
        assertEquals("« bad.json » est endommagé : ce n’est pas du JSON valide à la ligne 1, colonne 58 (il s’arrête"
                + " trop tôt)", frenchReason(LabId.SURFACES, "damaged session", openSession(file("bad.json",
                "{\"format\": \"deepmath-lab-session\", \"version\": 1, \"labs\": "))));
    }
}
