package deepmath.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.app.session.SessionProblem;
import deepmath.core.BadInputException;
import deepmath.core.FileWriteException;
import deepmath.core.JsonFields;
import deepmath.core.WriteProblem;
import deepmath.data.DataProblem;
import deepmath.image.ImageProblem;
import deepmath.viz.i18n.I18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Refusals said in the window's language from the particulars the model gives, numbers as the lab prints them. */
class ErrorTextTest {
    private final I18n i18n = new I18n(Locale.FRENCH);
    private final ErrorText text = new ErrorText(i18n);

    @Test
    void aCsvLineIsSaidInFrenchWithItsNumbersAsTyped() {
        BadInputException e = new BadInputException(DataProblem.CSV_NOT_A_NUMBER, "points.csv", 12345, "1,5");
        assertEquals("points.csv line 12345: '1,5' is not a number (plain decimals, e.g. -1.5 or 2e-3)",
                e.getMessage());
        assertEquals("points.csv, ligne 12345 : « 1,5 » n’est pas un nombre (nombres décimaux avec un point, par"
                + " exemple -1.5 ou 2e-3)", text.of(e));
        i18n.setLocale(Locale.ENGLISH);
        assertEquals(e.getMessage(), text.of(e));
    }

    @Test
    void aDecimalIsNotLocalised() {
        BadInputException e = new BadInputException(DataProblem.NOISE, 1.5);
        assertEquals("le bruit doit être dans [0, 1], et non 1.5", text.of(e));
    }

    @Test
    void aNestedRefusalAndAPhraseAreSaidInFrenchToo() {
        BadInputException inner = new BadInputException(deepmath.core.FileProblem.INTEGER, "digits.epochs", 1, 100,
                JsonFields.shownValue(null));
        BadInputException outer = new BadInputException(inner, SessionProblem.IN_LAB, "digits", inner);
        assertEquals("lab \"digits\": digits.epochs must be an integer from 1 to 100, got nothing", outer.getMessage());
        assertEquals("laboratoire \"digits\" : digits.epochs doit être un entier de 1 à 100, et non rien",
                text.of(outer));
    }

    @Test
    void theFirstRefusalOfACauseChainIsShown() {
        RuntimeException wrapped = new RuntimeException("task failed",
                new BadInputException(ImageProblem.TOO_LARGE, "big.png", 10000L, 6000L, 50L));
        assertEquals("« big.png » fait 10000x6000 : trop grande (au plus 50 mégapixels)", text.of(wrapped));
    }

    @Test
    void pluralsFollowTheCount() {
        deepmath.nn.Network one = new deepmath.nn.Network(1, java.util.List.of(new deepmath.nn.Layer(
                deepmath.nn.Activation.fromKey("tanh"), new double[][] {{1}}, new double[] {0})));
        deepmath.nn.Network three = new deepmath.nn.Network(3, java.util.List.of(new deepmath.nn.Layer(
                deepmath.nn.Activation.fromKey("tanh"), new double[][] {{1, 1, 1}}, new double[] {0})));
        BadInputException oneInput = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> one.output(1, 2));
        assertEquals("the network has 1 input, got 2 values", oneInput.getMessage());
        assertEquals("le réseau a 1 entrée, et non 2 valeurs", text.of(oneInput));
        BadInputException threeInputs = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> three.output(1));
        assertEquals("the network has 3 inputs, got 1 value", threeInputs.getMessage());
        assertEquals("le réseau a 3 entrées, et non 1 valeur", text.of(threeInputs));
    }

    @Test
    void aWriteFailureIsSaidInFrenchWithItsReason() {
        FileWriteException full = new FileWriteException("out.png", null, WriteProblem.NO_SPACE);
        assertEquals("cannot write out.png: no space left on device", full.getMessage());
        assertEquals("impossible d’écrire out.png : plus de place sur le disque", text.of(full));
        FileWriteException other = new FileWriteException("out.png", "input/output error", null);
        assertEquals("impossible d’écrire out.png : input/output error", text.of(other));
    }

    /** The system's reason for a failed read is said in the window's language where the lab can name it. */
    @Test
    void aReadFailuresReasonIsSaidInFrench(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path kernel = java.nio.file.Files.createDirectory(folder.resolve("blur.csv"));
        BadInputException isFolder = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> deepmath.image.KernelFiles.read(kernel));
        assertEquals("cannot read kernel file 'blur.csv': it is a folder", isFolder.getMessage());
        assertEquals("impossible de lire le fichier de noyau « blur.csv » : c’est un dossier", text.of(isFolder));
        BadInputException missing = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> deepmath.image.KernelFiles.read(folder.resolve("none.csv")));
        assertEquals("impossible de lire le fichier de noyau « none.csv » : fichier introuvable", text.of(missing));
        java.nio.file.Path weights = folder.resolve("w.zip");
        try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(weights))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("model.json"));
            zip.write("{\"model\": \n  oops}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        BadInputException badJson = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> deepmath.digits.WeightsFile.read(weights));
        assertEquals("w.zip n’est pas un fichier de poids pour les chiffres : JSON mal formé à la ligne 2, colonne 8",
                text.of(badJson));
    }

    @Test
    void aFormulaErrorIsSaidFromTheFunctionBundle() {
        deepmath.expr.ParseException parse = org.junit.jupiter.api.Assertions.assertThrows(
                deepmath.expr.ParseException.class, () -> deepmath.expr.Formula.parse("x +* y"));
        assertEquals(deepmath.app.function.FormulaErrorText.describe(i18n.messages("function"), parse),
                text.of(parse));
        org.junit.jupiter.api.Assertions.assertTrue(text.of(parse).startsWith("Colonne"), text.of(parse));
    }

    @Test
    void aPhraseKeepsItsLeadingSpace() {
        BadInputException json = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> deepmath.core.StrictJson.parse("{\"a\": ", "s.json"));
        assertEquals("s.json: not valid JSON at line 1, column 7 (it ends too early)", json.getMessage());
        assertEquals("s.json : ce n’est pas du JSON valide à la ligne 1, colonne 7 (il s’arrête trop tôt)",
                text.of(json));
    }

    @Test
    void aPlainTextRefusalIsShownAsWritten() {
        assertEquals("déjà en français", text.of(new BadInputException("déjà en français")));
    }
}
