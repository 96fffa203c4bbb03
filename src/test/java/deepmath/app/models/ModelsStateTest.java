package deepmath.app.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import deepmath.core.BadInputException;
import deepmath.core.StrictJson;
import deepmath.nn.Activation;
import deepmath.sequential.LayerSummary;
import deepmath.sequential.ModelSpecProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's state: presets give keras's parameter counts, edits update them, bad edits are refused. */
class ModelsStateTest {
    private static deepmath.sequential.BookArchitecture preset(String key) {
        return deepmath.sequential.BookArchitectures.byKey(key).orElseThrow();
    }

    private static List<Long> params(ModelsState state) {
        return state.specProperty().get().summary().stream().map(LayerSummary::parameters).toList();
    }

    /** The chapter 14 MNIST CNN (book line 15658): 320, 4 624, 0 and 125 450 parameters, 130 394 in all. */
    @Test
    void theChapter14CnnOfLine15658HasKerasCounts() {
        ModelsState state = new ModelsState();
        assertEquals("mnist-cnn", state.presetProperty().get());
        assertEquals(List.of(320L, 4624L, 0L, 125_450L), params(state));
        assertEquals(130_394L, state.specProperty().get().parameters());
        assertEquals(List.of(28, 28, 16), state.specProperty().get().summary().get(1).outputShape());
    }

    /** The second convolution of line 15666 with 8 filters instead of 16: 3·3·32·8 + 8 and 28·28·8·10 + 10. */
    @Test
    void editingAFieldUpdatesTheSummaryAndForgetsThePreset() {
        ModelsState state = new ModelsState();
        state.layers().get(1).filtersProperty().set(8);
        assertEquals(List.of(320L, 2312L, 0L, 62_730L), params(state));
        assertEquals("", state.presetProperty().get(), "an edited book network is the user's own");
        state.apply(preset("mnist-cnn"));
        assertEquals("mnist-cnn", state.presetProperty().get());
    }

    /** The chapter 10 MNIST network (line 11326, p = 8) and the chapter 14 CIFAR-10 CNN with pooling (line 15792). */
    @Test
    void theOtherBookNetworksHaveKerasCounts() {
        ModelsState state = new ModelsState();
        state.apply(preset("mnist-dense"));
        assertEquals(List.of(6280L, 72L, 90L), params(state));
        state.apply(preset("cifar10-cnn-pooling"));
        assertEquals(List.of(1792L, 36_928L, 0L, 36_928L, 0L, 36_928L, 0L, 40_970L), params(state));
        assertEquals(153_546L, state.specProperty().get().parameters());
        state.apply(preset("fit-two-variables"));   // line 11995: 2 → 10 → 10 → 10 → 1
        assertEquals(List.of(30L, 110L, 110L, 11L), params(state));
    }

    @Test
    void aKernelLargerThanTheImageIsRefusedNamingTheLayer() {
        ModelsState state = new ModelsState();
        LayerDraft first = state.layers().get(0);
        first.paddingProperty().set("valid");
        first.kernelProperty().set(30);
        assertNull(state.specProperty().get());
        BadInputException refusal = state.problemProperty().get();
        assertEquals(ModelSpecProblem.KERNEL_TOO_LARGE, refusal.inputProblem());
        assertEquals("layer 1 (conv2d): a 30×30 kernel does not fit in the shape [28, 28, 1] with padding 'valid'",
                refusal.getMessage());
        first.kernelProperty().set(3);
        assertNotNull(state.specProperty().get(), "a fix is taken at once");
        assertNull(state.problemProperty().get());
    }

    @Test
    void softmaxBeforeTheEndAndDenseOnAnImageAreRefused() {
        ModelsState state = new ModelsState();
        state.layers().get(0).activationProperty().set(Activation.SOFTMAX);
        assertEquals(ModelSpecProblem.SOFTMAX_NOT_LAST, state.problemProperty().get().inputProblem());
        state.layers().get(0).activationProperty().set(Activation.RELU);
        state.layers().remove(2);   // the flatten layer
        assertEquals("layer 3 (dense) needs a vector, got the shape [28, 28, 16]: add a flatten layer before it",
                state.problemProperty().get().getMessage());
    }

    @Test
    void movingAndRetypingLayers() {
        ModelsState state = new ModelsState();
        state.move(2, 1);   // flatten after the softmax layer: softmax no longer ends the model
        assertEquals("dense", state.layers().get(2).typeProperty().get());
        assertEquals("layer 3 (dense): softmax turns the output into probabilities; only the last layer may use it",
                state.problemProperty().get().getMessage());
        state.move(3, -1);
        assertNotNull(state.specProperty().get());
        state.layers().get(1).typeProperty().set("maxpool");   // conv 16 → pool 2: 14 × 14 × 32
        assertEquals(List.of(14, 14, 32), state.specProperty().get().summary().get(1).outputShape());
        assertEquals(14 * 14 * 32 * 10 + 10, state.specProperty().get().summary().get(3).parameters());
    }

    @Test
    void theInputShapeIsReadFromItsText() {
        ModelsState state = new ModelsState();
        state.setInput("32, 32, 3");
        assertEquals(List.of(32, 32, 3), state.inputProperty().get());
        assertEquals(3 * 3 * 3 * 32 + 32, params(state).get(0));
        BadInputException e = assertThrows(BadInputException.class, () -> state.setInput("28, x"));
        assertEquals(ModelSpecProblem.BAD_INPUT, e.inputProblem());
        assertEquals(List.of(32, 32, 3), state.inputProperty().get(), "a refused shape changes nothing");
    }

    @Test
    void theSessionPartComesBackEqualEvenForAModelThatDoesNotFit() {
        ModelsState state = new ModelsState();
        state.apply(preset("fit-one-variable"));
        state.layers().get(0).unitsProperty().set(12);
        state.layers().add(new LayerDraft("conv2d"));   // conv2d on a vector: refused, yet kept
        state.dataProperty().set(state.dataProperty().get().withRange("0:6"));
        state.trainingProperty().set(state.trainingProperty().get().withEpochs(300).withSeed(7));
        state.tabProperty().set(1);
        ModelsState.Values saved = state.values();
        JsonNode file = StrictJson.parse(ModelsSession.save(saved).toString(), "session");
        ModelsSession.Restored r = ModelsSession.read(file);
        ModelsState fresh = new ModelsState();
        fresh.restore(r.input(), r.layers(), r.preset());
        fresh.dataProperty().set(r.data());
        fresh.trainingProperty().set(r.training());
        fresh.tabProperty().set(r.tab());
        assertEquals(saved, fresh.values());
        assertEquals(ModelSpecProblem.NEEDS_IMAGE, fresh.problemProperty().get().inputProblem());
    }

    /**
     * The whole MNIST chosen for the chapter 10 dense network (line 11328) and the chapter 14 CNN (line 15660):
     * the choice comes back from a session, reads as the 60 000 training digits with the 10 000 test digits held
     * out, in the shape both presets take.
     */
    @Test
    void theWholeMnistIsAChoiceThatComesBackFromASessionForBothBookMnistNetworks() {
        deepmath.sequential.data.TrainTest read = null;
        for (String key : List.of("mnist-dense", "mnist-cnn")) {
            ModelsState state = new ModelsState();
            state.apply(preset(key));
            assertEquals(DataChoice.Kind.MNIST, state.dataProperty().get().kind());
            state.dataProperty().set(state.dataProperty().get().withKind(DataChoice.Kind.MNIST_FULL));
            assertEquals(key, state.presetProperty().get(), "choosing the data keeps the book's network");
            ModelsState.Values saved = state.values();
            JsonNode file = StrictJson.parse(ModelsSession.save(saved).toString(), "session");
            assertEquals("mnist-full", file.path("data").path("kind").asText());
            ModelsSession.Restored r = ModelsSession.read(file);
            ModelsState fresh = new ModelsState();
            fresh.restore(r.input(), r.layers(), r.preset());
            fresh.dataProperty().set(r.data());
            fresh.trainingProperty().set(r.training());
            fresh.tabProperty().set(r.tab());
            assertEquals(saved, fresh.values());
            assertEquals("mnist-full", fresh.dataProperty().get().description());
            if (read == null) {
                read = deepmath.sequential.data.MnistSource.dataSource().read(fresh.dataProperty().get().description());
            }
            assertEquals(60_000, read.train().count());
            assertEquals(10_000, read.held().orElseThrow().count());
            assertEquals(28 * 28, fresh.specProperty().get().input().stream().mapToInt(Integer::intValue)
                    .reduce(1, (a, b) -> a * b), "the size both presets take");
            assertEquals(List.of(28, 28, 1), read.train().shape());
        }
    }

    @Test
    void aDamagedSessionIsRefusedNamingTheField() {
        String good = ModelsSession.save(new ModelsState().values()).toString();
        BadInputException e = assertThrows(BadInputException.class, () -> ModelsSession.read(
                StrictJson.parse(good.replace("\"kernel\":3", "\"kernel\":0"), "s")));
        assertEquals(true, e.getMessage().startsWith("models.layers[0].kernel"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> ModelsSession.read(
                StrictJson.parse(good.replace("\"adam\"", "\"lbfgs\""), "s")));
        assertEquals("models.training.optimizer must be one of sgd, momentum, nesterov, adagrad, rmsprop, adam, got \"lbfgs\"",
                e.getMessage());
    }
}
