package deepmath.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    @Test
    void badInputAnywhereInTheChainIsShownAsWritten() {
        Exception wrapped = new RuntimeException("outer", new BadInputException("column 4: expected ')'"));
        assertEquals("column 4: expected ')'", Errors.oneLine(wrapped));
    }

    @Test
    void otherErrorsShowTheInnermostCauseWithItsType() {
        Exception wrapped = new RuntimeException("outer", new IllegalStateException("engine\nnot loaded"));
        assertEquals("IllegalStateException: engine not loaded", Errors.oneLine(wrapped));
    }

    @Test
    void ioErrorsKeepTheirPlainMessage() {
        assertEquals("disk full", Errors.oneLine(new RuntimeException(new IOException("disk full"))));
    }

    @Test
    void anErrorWithoutMessageIsNamedByItsType() {
        assertEquals("NullPointerException", Errors.oneLine(new NullPointerException()));
    }
}
