package deepmath.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.descent.DescentPreset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Generated formulas (token soup, well-formed trees, mutated book formulas, deep and long ones): each either
 * gives a value (with gradient, Hessian and graph) or a one-line {@link BadInputException}; nothing else is
 * ever thrown. jqwik shrinks a failing input and prints it.
 */
class FormulaPropertiesTest {
    private static final List<String> TOKENS = List.of("x", "y", "a", "2", "0", "1.5", ".5", "1e308", "3e-7", "+",
            "-", "*", "/", "^", "**", "(", ")", "(", ")", "sin(", "ln(", "sqrt(", "min(", "max(", "gelu(", ",",
            "e", "pi", "π", " ", "$", "foo(", "2x", "exp(", "heaviside(", "abs(", ")", "\n", "é");
    private static final List<String> SEEDS = seeds();

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(List.of("x*exp(-x^2-y^2)", "a^2 + 3*b^2", "sin(x)*cos(y)",
                "(x-1)^2 + 100*(y-x^2)^2", "sigmoid(2x - 1)", "min(x, y) + max(x, y)", "ln(1 + e^x)",
                "gelu(x) - relu(x)", "sqrt(x^2 + y^2)", "2^3^2 - -x**2"));
        DescentPreset.all().stream().map(DescentPreset::formula).filter(f -> !f.isEmpty()).forEach(seeds::add);
        return List.copyOf(seeds);
    }

    /** The property every formula text satisfies: a value, or bad input on one line. */
    private static void valueOrBadInput(String text) {
        valueOrBadInput(text, true);
    }

    /** @param onArrays also evaluate with ND4J arrays (the plotting path; slower per try) */
    private static void valueOrBadInput(String text, boolean onArrays) {
        Formula formula;
        try {
            formula = Formula.parse(text);
        } catch (BadInputException e) {
            assertOneLine(e);
            return;
        }
        double[] point = new double[formula.variables().size()];
        Map<String, Double> byName = new HashMap<>();
        for (int i = 0; i < point.length; i++) {
            point[i] = 0.75 - 0.5 * i;
            byName.put(formula.variables().get(i), point[i]);
        }
        double value = formula.compile().value(point);
        Derivatives d = Derivatives.at(formula, point);
        assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(d.value()));
        Derivatives.forwardGradient(formula, point);
        formula.graph().trace(point);
        if (onArrays && !byName.isEmpty()) {
            String first = formula.variables().get(0);
            Map<String, Double> rest = new HashMap<>(byName);
            rest.remove(first);
            double[] column = GridEvaluation.curve(formula, first, new double[] {point[0], 2}, rest);
            assertEquals(2, column.length);
        }
    }

    private static void assertOneLine(BadInputException e) {
        String message = e.getMessage();
        assertFalse(message == null || message.isBlank(), "a message");
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.length() < 400, message);
    }

    @Property(tries = 1000)
    void tokenSoupIsAValueOrOneLineOfBadInput(@ForAll("soup") String text) {
        valueOrBadInput(text);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(30).map(tokens -> String.join("", tokens));
    }

    @Property(tries = 1000)
    void mutatedBookFormulasAreAValueOrOneLineOfBadInput(@ForAll("mutated") String text) {
        valueOrBadInput(text);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit = Combinators.combine(
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 2), Arbitraries.of(TOKENS))
                .as(Tuple::of);
        return Combinators.combine(Arbitraries.of(SEEDS), edit.list().ofMinSize(1).ofMaxSize(5)).as((seed, edits) -> {
            StringBuilder s = new StringBuilder(seed);
            for (Tuple.Tuple3<Integer, Integer, String> e : edits) {
                int at = s.length() == 0 ? 0 : e.get1() % s.length();
                switch (e.get2()) {
                    case 0 -> s.insert(at, e.get3());
                    case 1 -> { if (s.length() > 0) { s.deleteCharAt(at); } }
                    default -> s.replace(at, Math.min(s.length(), at + 1), e.get3());
                }
            }
            return s.toString();
        });
    }

    /** A well-formed formula prints back (fully parenthesised) to text that parses to the same tree. */
    @Property(tries = 1000)
    void wellFormedFormulasParseAndReadBackFromTheirPrintedTree(@ForAll("wellFormed") String text) {
        Formula formula = Formula.parse(text);
        Formula again = Formula.parse(formula.root().toString());
        assertEquals(formula.root(), again.root(), () -> text + " printed as " + formula.root());
        assertEquals(formula.root().hashCode(), again.root().hashCode());
        valueOrBadInput(text, false);
    }

    /**
     * Built by a small stack machine from a list of codes (fast to generate, shrinks to short lists): each
     * code pushes a leaf or combines the top of the stack by an operator, a function or parentheses.
     */
    @Provide
    Arbitrary<String> wellFormed() {
        return Arbitraries.integers().between(0, 99).list().ofMinSize(1).ofMaxSize(40)
                .map(FormulaPropertiesTest::build);
    }

    private static final List<String> LEAVES = List.of("x", "y", "b", "e", "pi", "1", "2", "7", "10", "99");
    private static final List<String> BINARY = List.of(" + ", " - ", "*", " / ", "^", "**");
    private static final List<String> UNARY = List.of("sin", "tanh", "sqrt", "abs", "sigmoid", "erf");

    private static String build(List<Integer> codes) {
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        for (int code : codes) {
            int kind = code % 10;
            int pick = code / 10;
            if (stack.isEmpty() || kind < 3) {
                stack.push(LEAVES.get(pick % LEAVES.size()));
            } else if (kind < 5 && stack.size() >= 2) {
                String right = stack.pop();
                stack.push(stack.pop() + BINARY.get(pick % BINARY.size()) + right);
            } else if (kind == 5) {
                stack.push("(" + stack.pop() + ")");
            } else if (kind == 6) {
                stack.push("-" + stack.pop());
            } else if (kind == 7) {
                stack.push(UNARY.get(pick % UNARY.size()) + "(" + stack.pop() + ")");
            } else if (kind == 8 && stack.size() >= 2) {
                String right = stack.pop();
                stack.push((pick % 2 == 0 ? "min(" : "max(") + stack.pop() + ", " + right + ")");
            } else {
                stack.push("2(" + stack.pop() + ")");
            }
        }
        return String.join(" + ", stack);
    }

    /**
     * Nesting n levels around a flat sum of t copies of x (a power tower x^x^…^x binds to the first term
     * only): it parses exactly when n ≤ 200 (parentheses,
     * calls, signs and powers count one level each; "-(" counts two) and then has the value and
     * derivative the wrapping gives. A deeper one is refused naming the limit.
     */
    @Property(tries = 1000)
    void deepAndLongFormulasWorkUpToTheLimitAndAreRefusedBeyondIt(@ForAll("depths") int depth,
                                                                 @ForAll("wrappers") String wrapper,
                                                                 @ForAll("lengths") int terms) {
        String text = wrapper.repeat(depth) + "x" + "+x".repeat(terms - 1) + ")".repeat(wrapper.equals("x^") ? 0
                : depth * (int) wrapper.chars().filter(c -> c == '(').count());
        int levels = depth * (wrapper.equals("-(") ? 2 : 1);
        if (levels > Formula.MAX_NESTING) {
            try {
                Formula.parse(text);
            } catch (ParseException e) {
                assertTrue(e.getMessage().contains("nests more than 200 levels deep"), e.getMessage());
                assertOneLine(e);
                return;
            }
            throw new AssertionError("nesting " + levels + " was read");
        }
        Formula formula = Formula.parse(text);
        double value = formula.valueAt(Map.of("x", 1.0));
        double slope = Derivatives.reverseGradient(formula, new double[] {1})[0];
        switch (depth == 0 ? "(" : wrapper) {
            case "(" -> {
                assertEquals(terms, value);
                assertEquals(terms, slope);
            }
            case "-(" -> {
                assertEquals(depth % 2 == 0 ? terms : -terms, value);
                assertEquals(depth % 2 == 0 ? terms : -terms, slope);
            }
            case "2(" -> {
                assertEquals(Math.scalb((double) terms, depth), value);
                assertEquals(Math.scalb((double) terms, depth), slope);
            }
            case "x^" -> assertEquals(terms, value, "x^x^…^x + x + … = 1 + (terms - 1) at x = 1");
            default -> {
                double expected = terms;
                for (int k = 0; k < depth; k++) {
                    expected = Math.sin(expected);
                }
                assertEquals(expected, value, 1e-12);
            }
        }
        double curvature = Derivatives.hessian(formula, new double[] {1})[0][0];
        assertTrue(Double.isFinite(curvature) || wrapper.equals("x^"), () -> "f'' = " + curvature);
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 400), Arbitraries.of(99, 100, 101, 199, 200, 201));
    }

    @Provide
    Arbitrary<String> wrappers() {
        return Arbitraries.of("(", "-(", "2(", "x^", "sin(");
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(1, 1000);
    }

    /** ND4J's first call happens here once, not inside a timed try. */
    static {
        Nd4j.scalar(1.0);
    }
}
