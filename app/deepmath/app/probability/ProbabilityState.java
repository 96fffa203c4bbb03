package deepmath.app.probability;

import deepmath.probability.LossExample;
import deepmath.probability.Normalisation;
import deepmath.probability.SampleStatistics;
import deepmath.probability.SoftmaxLaw;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * All the state of the Probabilities tab, observable: the open section and each section's settings as
 * immutable records (numbers as lists, so that equal records mean equal views). The sections show what is here
 * and write the reader's changes here; a session saves {@link #snapshot()} and restores it with {@link #apply}.
 */
public final class ProbabilityState {
    /** Scores and temperature of softmax(x/T). */
    public record SoftmaxSettings(List<Double> scores, double temperature) {
        static final SoftmaxSettings BOOK = new SoftmaxSettings(list(SoftmaxLaw.BOOK_SCORES), 1);
    }

    /** The targets and predictions of the scalar losses, and the rows of the categorical cross-entropy. */
    public record LossSettings(List<Double> targets, List<Double> predicted, List<List<Double>> categoryTargets,
                               List<List<Double>> categoryPredicted) {
        /** Three samples of three categories, the lab's own (the book gives no numbers for this loss). */
        static final List<List<Double>> CATEGORY_TARGETS = List.of(List.of(0.0, 0.0, 1.0), List.of(1.0, 0.0, 0.0),
                List.of(0.0, 1.0, 0.0));
        static final List<List<Double>> CATEGORY_PREDICTED = List.of(List.of(0.1, 0.2, 0.7), List.of(0.5, 0.25, 0.25),
                List.of(0.3, 0.4, 0.3));
        static final LossSettings BOOK = example(LossExample.SQUARED, CATEGORY_TARGETS, CATEGORY_PREDICTED);

        static LossSettings example(LossExample e, List<List<Double>> targets, List<List<Double>> predicted) {
            return new LossSettings(list(e.targets()), list(e.predicted()), targets, predicted);
        }

        LossSettings withPredicted(int i, double value) {
            java.util.ArrayList<Double> p = new java.util.ArrayList<>(predicted);
            p.set(i, value);
            return new LossSettings(targets, List.copyOf(p), categoryTargets, categoryPredicted);
        }
    }

    /** The data set normalised and the method shown. */
    public record NormalisationSettings(List<Double> values, Normalisation method) {
        static final NormalisationSettings BOOK = new NormalisationSettings(list(SampleStatistics.BOOK_HEIGHTS),
                Normalisation.STANDARD);
    }

    /** The law's μ and σ (sliders) and the sample drawn as a histogram. */
    public record NormalSettings(double mean, double sigma, List<Double> sample) {
        static final double MIN_MEAN = 140;
        static final double MAX_MEAN = 200;
        static final double MIN_SIGMA = 1;
        static final double MAX_SIGMA = 20;
        /** The book's fit of the heights: μ = 176.4, σ = √61.04. */
        static final NormalSettings BOOK = new NormalSettings(176.4, Math.sqrt(61.04), list(SampleStatistics.BOOK_HEIGHTS));
    }

    /** The probability p of keeping a neuron and the training step whose masks are drawn. */
    public record DropoutSettings(double keep, int step) {
        static final double MIN_KEEP = 0.1;
        /** The book's p = 0.8 (line 17107). */
        static final DropoutSettings BOOK = new DropoutSettings(0.8, 0);
    }

    /** The whole state at one moment: equal snapshots mean the tab shows the same thing. */
    public record Snapshot(ProbabilitySection section, SoftmaxSettings softmax, LossSettings losses,
                           NormalisationSettings normalisation, NormalSettings normal, DropoutSettings dropout) {
        static final Snapshot DEFAULT = new Snapshot(ProbabilitySection.SOFTMAX, SoftmaxSettings.BOOK, LossSettings.BOOK,
                NormalisationSettings.BOOK, NormalSettings.BOOK, DropoutSettings.BOOK);
    }

    private final ObjectProperty<ProbabilitySection> section = new SimpleObjectProperty<>(this, "section",
            ProbabilitySection.SOFTMAX);
    private final ObjectProperty<SoftmaxSettings> softmax = new SimpleObjectProperty<>(this, "softmax",
            SoftmaxSettings.BOOK);
    private final ObjectProperty<LossSettings> losses = new SimpleObjectProperty<>(this, "losses", LossSettings.BOOK);
    private final ObjectProperty<NormalisationSettings> normalisation = new SimpleObjectProperty<>(this,
            "normalisation", NormalisationSettings.BOOK);
    private final ObjectProperty<NormalSettings> normal = new SimpleObjectProperty<>(this, "normal",
            NormalSettings.BOOK);
    private final ObjectProperty<DropoutSettings> dropout = new SimpleObjectProperty<>(this, "dropout",
            DropoutSettings.BOOK);

    static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[][] rows(List<List<Double>> rows) {
        return rows.stream().map(ProbabilityState::array).toArray(double[][]::new);
    }

    static List<List<Double>> rows(double[][] rows) {
        return Arrays.stream(rows).map(ProbabilityState::list).toList();
    }

    public ObjectProperty<ProbabilitySection> sectionProperty() {
        return section;
    }

    public ObjectProperty<SoftmaxSettings> softmaxProperty() {
        return softmax;
    }

    public ObjectProperty<LossSettings> lossesProperty() {
        return losses;
    }

    public ObjectProperty<NormalisationSettings> normalisationProperty() {
        return normalisation;
    }

    public ObjectProperty<NormalSettings> normalProperty() {
        return normal;
    }

    public ObjectProperty<DropoutSettings> dropoutProperty() {
        return dropout;
    }

    public Snapshot snapshot() {
        return new Snapshot(section.get(), softmax.get(), losses.get(), normalisation.get(), normal.get(),
                dropout.get());
    }

    public void apply(Snapshot state) {
        softmax.set(state.softmax());
        losses.set(state.losses());
        normalisation.set(state.normalisation());
        normal.set(state.normal());
        dropout.set(state.dropout());
        section.set(state.section());
    }
}
