package deepmath.tensor;

import deepmath.conv.MatrixText;
import deepmath.core.BadInputException;
import deepmath.core.DecimalText;
import java.util.ArrayList;
import java.util.List;

/**
 * Tensors, shapes and axis lists as text, the way numpy writes them: nested brackets
 * {@code [[5, 1, 0], [3, 3, 2]]} (commas or spaces between numbers; {@code np.array(...)} around it is
 * accepted, so a line of the book can be pasted), a plain number for rank 0, or {@code range(1, 4, 0.5)}
 * (numpy's arange, tf.range). Shapes and axes are lists of integers, {@code (2, 9)} or {@code 2, 9}.
 */
public final class TensorText {
    /** The most elements a tensor typed or shown as blocks may have: each is a drawn cell with its number. */
    public static final int MAX_ELEMENTS = 400;

    private TensorText() {
    }

    /** Reads a tensor of rank 0 to {@link Tensor#MAX_RANK}; a refusal names what is wrong and where. */
    public static Tensor parse(String text) {
        String t = text == null ? "" : text.strip();
        t = unwrap(t, "np.array(");
        if (t.isEmpty()) {
            throw new BadInputException(TensorProblem.EMPTY);
        }
        for (String prefix : List.of("range(", "np.arange(", "tf.range(")) {
            if (t.startsWith(prefix) && t.endsWith(")")) {
                return range(t.substring(prefix.length(), t.length() - 1));
            }
        }
        if (t.charAt(0) != '[') {
            return Tensor.scalar(number(t));
        }
        Reader reader = new Reader(t);
        Node root = reader.list();
        reader.end();
        List<Integer> shape = root.firstShape();
        List<Double> values = new ArrayList<>();
        root.collect(0, shape, values);
        if (shape.size() > Tensors.MAX_RANK) {
            throw new BadInputException(TensorProblem.RANK, shape.size(), Tensors.MAX_RANK);
        }
        if (values.size() > MAX_ELEMENTS) {
            throw new BadInputException(TensorProblem.TOO_LARGE, values.size(), MAX_ELEMENTS);
        }
        return new Tensor(shape.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static String unwrap(String t, String prefix) {
        if (t.startsWith(prefix) && t.endsWith(")")) {
            return t.substring(prefix.length(), t.length() - 1).strip();
        }
        return t;
    }

    private static Tensor range(String arguments) {
        String[] parts = arguments.split(",");
        if (parts.length < 1 || parts.length > 3) {
            throw new BadInputException(TensorProblem.RANGE_TEXT, arguments);
        }
        double[] a = new double[parts.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = number(parts[i].strip());
        }
        return switch (a.length) {
            case 1 -> Tensor.range(0, a[0], 1);
            case 2 -> Tensor.range(a[0], a[1], 1);
            default -> Tensor.range(a[0], a[1], a[2]);
        };
    }

    private static double number(String text) {
        if (!DecimalText.isNumber(text)) {
            throw new BadInputException(TensorProblem.NUMBER, text);
        }
        return DecimalText.parse(text);
    }

    /** A list of integers such as a shape {@code (2, 9)}, {@code 9, -1} or axes {@code 1, 0, 2}. */
    public static int[] integers(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("(") && t.endsWith(")") || t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        String[] parts = t.split("[,\\s]+");
        List<Integer> out = new ArrayList<>();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (!p.matches("-?\\d{1,6}")) {
                throw new BadInputException(TensorProblem.INTEGERS, text);
            }
            out.add(Integer.parseInt(p));
        }
        if (out.isEmpty() || out.size() > Tensors.MAX_RANK) {
            throw new BadInputException(TensorProblem.INTEGERS, text);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A shape or an axis list as the lab writes it in its fields and in numpy expressions: (2, 9), (3,). */
    public static String integers(int[] list) {
        return Tensor.shapeText(list);
    }

    /** Nested brackets, numbers as the matrix tab writes them (3, not 3.0). */
    public static String format(Tensor t) {
        StringBuilder out = new StringBuilder();
        format(t, 0, 0, out);
        return out.toString();
    }

    private static int format(Tensor t, int axis, int flat, StringBuilder out) {
        if (axis == t.rank()) {
            out.append(MatrixText.number(t.flat(flat)));
            return flat + 1;
        }
        out.append('[');
        for (int i = 0; i < t.length(axis); i++) {
            if (i > 0) {
                out.append(", ");
            }
            flat = format(t, axis + 1, flat, out);
        }
        out.append(']');
        return flat;
    }

    /** A list of numbers or of lists, as read. */
    private record Node(Double number, List<Node> items) {
        /** The shape along the first items down to a number; {@link #collect} checks every other item follows it. */
        List<Integer> firstShape() {
            List<Integer> shape = new ArrayList<>();
            for (Node n = this; n.number == null; n = n.items.get(0)) {
                shape.add(n.items.size());
            }
            return shape;
        }

        void collect(int depth, List<Integer> shape, List<Double> values) {
            if (depth == shape.size() != (number != null) || number == null && items.size() != shape.get(depth)) {
                throw new BadInputException(TensorProblem.RAGGED, depth);
            }
            if (number != null) {
                values.add(number);
                return;
            }
            for (Node item : items) {
                item.collect(depth + 1, shape, values);
            }
        }
    }

    /** A recursive reader bounded by the rank: at most {@link Tensors#MAX_RANK} + 1 levels deep. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Node list() {
            return list(1);
        }

        private Node list(int depth) {
            if (depth > Tensors.MAX_RANK + 1) {
                throw new BadInputException(TensorProblem.RANK, depth, Tensors.MAX_RANK);
            }
            expect('[');
            List<Node> items = new ArrayList<>();
            skipSpace();
            while (peek() != ']') {
                if (peek() == '[') {
                    items.add(list(depth + 1));
                } else {
                    items.add(new Node(numberHere(), null));
                }
                skipSpace();
                if (peek() == ',') {
                    at++;
                    skipSpace();
                }
            }
            at++;
            if (items.isEmpty()) {
                throw new BadInputException(TensorProblem.EMPTY_LIST, at);
            }
            return new Node(null, items);
        }

        private double numberHere() {
            int start = at;
            while (at < text.length() && "+-.0123456789eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw unexpected();
            }
            return number(text.substring(start, at));
        }

        private void expect(char c) {
            skipSpace();
            if (peek() != c) {
                throw unexpected();
            }
            at++;
        }

        private char peek() {
            if (at >= text.length()) {
                throw new BadInputException(TensorProblem.UNCLOSED);
            }
            return text.charAt(at);
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        void end() {
            skipSpace();
            if (at < text.length()) {
                throw unexpected();
            }
        }

        private BadInputException unexpected() {
            return new BadInputException(TensorProblem.CHARACTER, String.valueOf(text.charAt(at)), at + 1);
        }
    }
}
