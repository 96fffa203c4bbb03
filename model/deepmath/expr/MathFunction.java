package deepmath.expr;

import deepmath.core.Erf;
import deepmath.core.Gelu;
import java.util.Arrays;
import java.util.Optional;

/**
 * The functions a formula may call. Each one-argument function knows its value and its first and second
 * derivatives, which is all forward, reverse and second-order differentiation need (the chain rule does the
 * rest). Conventions follow the book: H(0) = 1, log is the natural logarithm (as in numpy), gelu is the exact
 * x·Φ(x); gelu_tanh and gelu_sigmoid are the book's two approximations of it (chapter 18, §7): GPT-2's
 * (x/2)(1 + tanh(√(2/π)(x + 0.044715x³))) and x·σ(1.702x).
 */
public enum MathFunction {
    SIN("sin"), COS("cos"), TAN("tan"), EXP("exp"), LN("ln"), LOG("log"), SQRT("sqrt"), ABS("abs"),
    TANH("tanh"), SIGMOID("sigmoid"), RELU("relu"), HEAVISIDE("heaviside"), GELU("gelu"), GELU_TANH("gelu_tanh"),
    GELU_SIGMOID("gelu_sigmoid"), ERF("erf"),
    MIN("min", 2), MAX("max", 2);

    private final String symbol;
    private final int arity;

    MathFunction(String symbol) {
        this(symbol, 1);
    }

    MathFunction(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    public String symbol() {
        return symbol;
    }

    public int arity() {
        return arity;
    }

    public static Optional<MathFunction> bySymbol(String name) {
        return Arrays.stream(values()).filter(f -> f.symbol.equals(name)).findFirst();
    }

    /** f(x) for the one-argument functions. */
    public double value(double x) {
        switch (this) {
            case SIN: return Math.sin(x);
            case COS: return Math.cos(x);
            case TAN: return Math.tan(x);
            case EXP: return Math.exp(x);
            case LN: case LOG: return Math.log(x);
            case SQRT: return Math.sqrt(x);
            case ABS: return Math.abs(x);
            case TANH: return Math.tanh(x);
            case SIGMOID: return sigmoid(x);
            case RELU: return x > 0 ? x : 0;
            case HEAVISIDE: return Double.isNaN(x) ? Double.NaN : (x >= 0 ? 1 : 0);
            case GELU: return Gelu.exact(x);
            case GELU_TANH: return Gelu.tanhForm(x);
            case GELU_SIGMOID: return Gelu.sigmoidForm(x);
            case ERF: return Erf.erf(x);
            default: throw new IllegalStateException(symbol + " takes two arguments");
        }
    }

    /** f'(x) for the one-argument functions (0 where the book's functions jump: H, relu at 0, abs at 0). */
    public double derivative(double x) {
        switch (this) {
            case SIN: return Math.cos(x);
            case COS: return -Math.sin(x);
            case TAN: {
                double t = Math.tan(x);
                return 1 + t * t;
            }
            case EXP: return Math.exp(x);
            case LN: case LOG: return 1 / x;
            case SQRT: return 0.5 / Math.sqrt(x);
            case ABS: return Math.signum(x);
            case TANH: {
                double t = Math.tanh(x);
                return 1 - t * t;
            }
            case SIGMOID: {
                double s = sigmoid(x);
                return s * (1 - s);
            }
            case RELU: return x > 0 ? 1 : 0;
            case HEAVISIDE: return 0;
            case GELU: return Gelu.exactDerivative(x);
            case GELU_TANH: return Gelu.tanhFormDerivative(x);
            case GELU_SIGMOID: return Gelu.sigmoidFormDerivative(x);
            case ERF: return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
            default: throw new IllegalStateException(symbol + " takes two arguments");
        }
    }

    /** f''(x) for the one-argument functions. */
    public double secondDerivative(double x) {
        switch (this) {
            case SIN: return -Math.sin(x);
            case COS: return -Math.cos(x);
            case TAN: {
                double t = Math.tan(x);
                return 2 * t * (1 + t * t);
            }
            case EXP: return Math.exp(x);
            case LN: case LOG: return -1 / (x * x);
            case SQRT: return -0.25 / (x * Math.sqrt(x));
            case ABS: case RELU: case HEAVISIDE: return 0;
            case TANH: {
                double t = Math.tanh(x);
                return -2 * t * (1 - t * t);
            }
            case SIGMOID: {
                double s = sigmoid(x);
                return s * (1 - s) * (1 - 2 * s);
            }
            case GELU: return Gelu.exactSecondDerivative(x);
            case GELU_TANH: return Gelu.tanhFormSecondDerivative(x);
            case GELU_SIGMOID: return Gelu.sigmoidFormSecondDerivative(x);
            case ERF: return -4 * x / Math.sqrt(Math.PI) * Math.exp(-x * x);
            default: throw new IllegalStateException(symbol + " takes two arguments");
        }
    }

    /** min/max value. */
    public double value(double a, double b) {
        switch (this) {
            case MIN: return Math.min(a, b);
            case MAX: return Math.max(a, b);
            default: throw new IllegalStateException(symbol + " takes one argument");
        }
    }

    /** Whether min/max picks its first argument (the derivative follows the chosen branch). */
    public boolean picksFirst(double a, double b) {
        return this == MIN ? a <= b : a >= b;
    }

    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

}
