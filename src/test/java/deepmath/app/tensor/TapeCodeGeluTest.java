package deepmath.app.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tape's TensorFlow code for the three GELU forms of the formulas (book chapter 18, line 21719). */
class TapeCodeGeluTest {

    @Test
    void geluFormsBecomeTensorFlowCalls() {
        assertEquals("tf.nn.gelu(x) + (lambda t: tf.nn.gelu(t, approximate=True))(x)"
                        + " - (lambda t: t * tf.math.sigmoid(1.702 * t))(x)",
                TapeCode.python("gelu(x) + gelu_tanh(x) - gelu_sigmoid(x)"));
        assertEquals("tf.math.tanh(x) * tf.math.sigmoid(x)", TapeCode.python("tanh(x) * sigmoid(x)"));
    }
}
