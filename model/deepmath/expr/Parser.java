package deepmath.expr;

import deepmath.expr.Expr.Binary;
import deepmath.expr.Expr.BinaryOperator;
import deepmath.expr.Expr.Call;
import deepmath.expr.Expr.Constant;
import deepmath.expr.Expr.Negate;
import deepmath.expr.Expr.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Recursive-descent parser for the lab's formulas. Precedence, lowest first: {@code + -}, {@code * /}
 * (also implicit after a number: {@code 2x}, {@code 3(x+1)}), unary minus, {@code ^} (or {@code **},
 * right-associative, so {@code -x^2 = -(x^2)} and {@code 2^3^2 = 2^9}). Names followed by {@code (} are
 * functions; {@code pi} (π) and {@code e} are constants; every other name is a variable.
 */
final class Parser {
    private static final String OPERAND = "a number, a name or '('";
    private final String text;
    private int pos;
    /** How many operands are open around the current one: one per '(' , function call, sign or power. */
    private int depth;

    private Parser(String text) {
        this.text = text;
    }

    static Expr parse(String text) {
        if (text.length() > Formula.MAX_LENGTH) {
            throw ParseException.of(text, Formula.MAX_LENGTH + 1, ParseException.Problem.TOO_LONG, "the formula is "
                    + text.length() + " characters long, more than the " + Formula.MAX_LENGTH + " the lab reads",
                    text.length(), Formula.MAX_LENGTH);
        }
        Parser parser = new Parser(text);
        parser.skipSpaces();
        if (parser.atEnd()) {
            throw ParseException.expected(text, 1, "a formula", ParseException.Found.NOTHING, '\0');
        }
        Expr expr = parser.sum();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("an operator (+ - * / ^) or the end of the formula");
        }
        return expr;
    }

    private Expr sum() {
        Expr left = product();
        while (true) {
            skipSpaces();
            if (accept('+')) {
                left = new Binary(BinaryOperator.ADD, left, product());
            } else if (accept('-')) {
                left = new Binary(BinaryOperator.SUBTRACT, left, product());
            } else {
                return left;
            }
        }
    }

    private Expr product() {
        Expr left = unary();
        while (true) {
            skipSpaces();
            if (peek() == '*' && peekAt(1) != '*') {
                pos++;
                left = new Binary(BinaryOperator.MULTIPLY, left, unary());
            } else if (accept('/')) {
                left = new Binary(BinaryOperator.DIVIDE, left, unary());
            } else {
                return left;
            }
        }
    }

    /** Every nested operand passes here, so this is where nesting is counted (the parser recurses). */
    private Expr unary() {
        if (depth > Formula.MAX_NESTING) {
            throw ParseException.of(text, pos + 1, ParseException.Problem.TOO_DEEP, "the formula nests more than "
                    + Formula.MAX_NESTING + " levels deep (parentheses, functions, signs and powers)",
                    Formula.MAX_NESTING);
        }
        depth++;
        Expr operand = signedOperand();
        depth--;
        return operand;
    }

    private Expr signedOperand() {
        skipSpaces();
        if (accept('-')) {
            Expr argument = unary();
            if (argument instanceof Constant c && c.symbol() == null) {
                return Constant.of(-c.value());
            }
            return new Negate(argument);
        }
        if (accept('+')) {
            return unary();
        }
        return power();
    }

    private Expr power() {
        Expr base = implicitProduct();
        skipSpaces();
        if (accept('^') || acceptDoubleStar()) {
            return new Binary(BinaryOperator.POWER, base, unary());
        }
        return base;
    }

    /** A number directly followed by a name or '(' multiplies it: 2x, 3y^2 (= 3·y²), 2(x+1). */
    private Expr implicitProduct() {
        Expr first = primary();
        if (first instanceof Constant c && c.symbol() == null) {
            int save = pos;
            skipSpaces();
            if (!atEnd() && (isNameStart(peek()) || peek() == '(')) {
                return new Binary(BinaryOperator.MULTIPLY, first, power());
            }
            pos = save;
        }
        return first;
    }

    private Expr primary() {
        skipSpaces();
        if (atEnd()) {
            throw error(OPERAND);
        }
        char c = peek();
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peekAt(1)))) {
            return number();
        }
        if (isNameStart(c)) {
            return nameOrCall();
        }
        if (accept('(')) {
            Expr inner = sum();
            skipSpaces();
            expect(')', "')'");
            return inner;
        }
        throw error(OPERAND);
    }

    private Expr number() {
        int start = pos;
        while (!atEnd() && Character.isDigit(peek())) {
            pos++;
        }
        if (!atEnd() && peek() == '.') {
            pos++;
            while (!atEnd() && Character.isDigit(peek())) {
                pos++;
            }
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            int signOffset = (peekAt(1) == '+' || peekAt(1) == '-') ? 2 : 1;
            if (Character.isDigit(peekAt(signOffset))) {
                pos += signOffset;
                while (!atEnd() && Character.isDigit(peek())) {
                    pos++;
                }
            }
        }
        return Constant.of(Double.parseDouble(text.substring(start, pos)));
    }

    private Expr nameOrCall() {
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            pos++;
        }
        String name = text.substring(start, pos);
        int save = pos;
        skipSpaces();
        if (!atEnd() && peek() == '(') {
            MathFunction function = MathFunction.bySymbol(name).orElseThrow(() -> ParseException.of(text,
                    start + 1, ParseException.Problem.UNKNOWN_FUNCTION,
                    "unknown function '" + name + "' (known: " + knownFunctions() + ")", name, knownFunctions()));
            pos++;
            List<Expr> arguments = new ArrayList<>();
            arguments.add(sum());
            skipSpaces();
            while (accept(',')) {
                arguments.add(sum());
                skipSpaces();
            }
            if (arguments.size() != function.arity()) {
                throw ParseException.of(text, start + 1, ParseException.Problem.ARITY, name + " takes "
                        + function.arity() + (function.arity() == 1 ? " argument" : " arguments") + ", not "
                        + arguments.size(), name, function.arity(), arguments.size());
            }
            expect(')', "')' to close " + name + "(");
            return new Call(function, arguments);
        }
        pos = save;
        if (MathFunction.bySymbol(name).isPresent()) {
            throw error("'(' after the function " + name);
        }
        switch (name) {
            case "pi":
            case "π":
                return new Constant(Math.PI, "π");
            case "e":
                return new Constant(Math.E, "e");
            default:
                return new Variable(name);
        }
    }

    private static String knownFunctions() {
        return Arrays.stream(MathFunction.values()).map(MathFunction::symbol).collect(Collectors.joining(", "));
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private void expect(char c, String what) {
        if (!accept(c)) {
            throw error(what);
        }
    }

    private ParseException error(String expected) {
        return ParseException.expected(text, pos + 1, expected, found(), atEnd() ? '\0' : peek());
    }

    /** What stands at the current position (a line break or control character is named, never printed). */
    private ParseException.Found found() {
        if (atEnd()) {
            return ParseException.Found.END;
        }
        char c = peek();
        if (c == '\n' || c == '\r') {
            return ParseException.Found.LINE_BREAK;
        }
        if (Character.isWhitespace(c)) {
            return ParseException.Found.SPACE;
        }
        if (Character.isISOControl(c) || Character.isSurrogate(c)) {
            return ParseException.Found.CONTROL;
        }
        return ParseException.Found.CHARACTER;
    }

    private boolean acceptDoubleStar() {
        if (peek() == '*' && peekAt(1) == '*') {
            pos += 2;
            return true;
        }
        return false;
    }

    private boolean accept(char c) {
        if (!atEnd() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return atEnd() ? '\0' : text.charAt(pos);
    }

    private char peekAt(int offset) {
        return pos + offset < text.length() ? text.charAt(pos + offset) : '\0';
    }
}
