package deepmath.app.attention;

import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.Gpt2Trace;
import deepmath.gpt.LoadedGpt2;
import java.util.BitSet;
import java.util.List;
import deepmath.gpt.NextToken;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Everything the attention panel shows, as properties the views observe: the text and its tokens, the model
 * (absent until one is opened), the last forward pass, and the layer/heads the user is looking at.
 */
final class AttentionState {
    final StringProperty text = new SimpleStringProperty(this, "text", "The dog is black");
    final ObjectProperty<Gpt2Tokenizer> tokenizer = new SimpleObjectProperty<>(this, "tokenizer");
    final ObjectProperty<Tokens> tokens = new SimpleObjectProperty<>(this, "tokens", Tokens.NONE);
    final ObjectProperty<LoadedGpt2> model = new SimpleObjectProperty<>(this, "model");
    final ObjectProperty<Gpt2Trace> trace = new SimpleObjectProperty<>(this, "trace");
    /** Layer shown by the head, matrix and vectors views (0-based). */
    final IntegerProperty layer = new SimpleIntegerProperty(this, "layer", 0);
    /** The head the matrix and vectors views show (0-based). */
    final IntegerProperty head = new SimpleIntegerProperty(this, "head", 0);
    /** The heads drawn in the head view. */
    final ObjectProperty<BitSet> heads = new SimpleObjectProperty<>(this, "heads", all(12));
    /** The tab shown, its index in AttentionTabs.KEYS. */
    final IntegerProperty tab = new SimpleIntegerProperty(this, "tab", 0);
    /** What the matrix tab shows of the head. */
    final ObjectProperty<MatrixPane.Mode> matrixMode = new SimpleObjectProperty<>(this, "matrixMode",
            MatrixPane.Mode.PROBABILITIES);
    /** The vectors tab shows the residual stream (true) or the head's Q, K, V (false). */
    final BooleanProperty residual = new SimpleBooleanProperty(this, "residual");
    /** The next-token tab's softmax temperature, strategy, and its top-k and top-p settings. */
    final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 1.0);
    final ObjectProperty<NextToken.Strategy> strategy = new SimpleObjectProperty<>(this, "strategy",
            NextToken.Strategy.GREEDY);
    final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", 10);
    final DoubleProperty topP = new SimpleDoubleProperty(this, "topP", 0.9);
    /** The seed of the draws (the same seed gives the same generated text) and how many tokens Generate writes. */
    final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 0);
    final IntegerProperty newTokens = new SimpleIntegerProperty(this, "newTokens", 20);
    /** A one-line problem with the current input (too long…), empty when there is none. */
    final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    /**
     * Everything a user changes, as one value: what a session keeps. {@code model} is the model's folder (null
     * without a model); {@code heads} a copy.
     */
    record Values(String text, String model, int layer, int head, BitSet heads, int tab, MatrixPane.Mode matrix,
                  boolean residual, double temperature, NextToken.Strategy strategy, int topK, double topP,
                  int seed, int newTokens) {
        Values {
            heads = (BitSet) heads.clone();
        }
    }

    Values values() {
        LoadedGpt2 loaded = model.get();
        return new Values(text.get(), loaded == null ? null : loaded.folder().toAbsolutePath().toString(), layer.get(),
                head.get(), heads.get(), tab.get(), matrixMode.get(), residual.get(), temperature.get(),
                strategy.get(), topK.get(), topP.get(), seed.get(), newTokens.get());
    }

    /** A text cut into tokens: ids and each token's text. */
    record Tokens(int[] ids, List<String> texts) {
        static final Tokens NONE = new Tokens(new int[0], List.of());
    }

    static BitSet all(int heads) {
        BitSet set = new BitSet();
        set.set(0, heads);
        return set;
    }

    int layerCount() {
        return model.get() == null ? 0 : model.get().model().config().nLayer();
    }

    int headCount() {
        return model.get() == null ? 0 : model.get().model().config().nHead();
    }

    /** The trace, if it belongs to the current tokens (a newer text may be waiting for its run). */
    Gpt2Trace currentTrace() {
        Gpt2Trace t = trace.get();
        return t != null && java.util.Arrays.equals(t.ids(), tokens.get().ids()) ? t : null;
    }
}
