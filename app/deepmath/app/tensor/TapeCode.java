package deepmath.app.tensor;

import deepmath.expr.MathFunction;

/**
 * The TensorFlow code of the book's §2 (line ~16375) for the gradient page's formula and values: the
 * variables, the tape, the gradient. The formula is written in Python: ^ as **, the lab's functions as
 * tf.math's. This is text for the reader, not code the lab runs.
 */
final class TapeCode {
    private TapeCode() {
    }

    static String of(String formula, String x, String y, boolean withY) {
        StringBuilder out = new StringBuilder();
        out.append("x = ").append(variable(x)).append('\n');
        if (withY) {
            out.append("y = ").append(variable(y)).append('\n');
        }
        out.append("with tf.GradientTape() as tape:\n");
        out.append("    tape.watch(x)\n");
        if (withY) {
            out.append("    tape.watch(y)\n");
        }
        out.append("    z = ").append(python(formula)).append('\n');
        out.append(withY ? "dx, dy = tape.gradient(z, [x, y])" : "dx = tape.gradient(z, x)");
        return out.toString();
    }

    private static String variable(String value) {
        String v = value.strip();
        if (v.startsWith("range(")) {
            return "tf.range(" + v.substring("range(".length());
        }
        if (v.startsWith("tf.") || v.startsWith("np.")) {
            return v.startsWith("np.") ? "tf.constant(" + v + ")" : v;
        }
        return v.startsWith("[") ? "tf.constant(" + v + ", dtype=tf.float32)" : "tf.Variable(" + (v.contains(".") || v.contains("e") ? v : v + ".") + ")";
    }

    static String python(String formula) {
        String p = formula.replace("^", "**");
        for (MathFunction f : MathFunction.values()) {
            String name = f.name().toLowerCase(java.util.Locale.ROOT);
            String tf = switch (name) {
                case "ln" -> "tf.math.log";
                case "log" -> "tf.math.log";
                case "sigmoid" -> "tf.math.sigmoid";
                case "relu" -> "tf.nn.relu";
                case "gelu" -> "tf.nn.gelu";
                // TensorFlow names no sigmoid form and takes the tanh form as an option: a call through a lambda.
                case "gelu_tanh" -> "(lambda t: tf.nn.gelu(t, approximate=True))";
                case "gelu_sigmoid" -> "(lambda t: t * tf.math.sigmoid(1.702 * t))";
                default -> "tf.math." + name;
            };
            // Not after a dot: "tf.math.log(" written for ln must not be rewritten again for log.
            p = p.replaceAll("(?<![.\\w])" + name + "\\s*\\(", tf + "(");
        }
        return p;
    }
}
