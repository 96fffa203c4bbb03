package deepmath.nn;

import deepmath.core.Progress;
import deepmath.data.Dataset;
import deepmath.optim.GradientFunction;
import deepmath.optim.Optimizer;
import java.util.Random;

/**
 * Mini-batch training of a network in place (chapters 8 and 9): each epoch shuffles the training set,
 * cuts it into batches, and for each batch lets the optimiser move the flattened parameter vector using
 * the gradient that {@link Backpropagation} computes on that batch.
 */
public final class Trainer {
    private final Network network;
    private final Dataset train;
    private final Dataset test;
    private final TrainingSettings settings;
    private final Backpropagation backpropagation;
    private final Optimizer optimizer;
    private final Random random;
    private final double[] params;
    private final double[] lastGradient;
    private int[] order;
    private int cursor;
    private int epoch;
    private int steps;
    private double lastLoss;
    private final int epochsBefore;

    public Trainer(Network network, Dataset train, Dataset test, TrainingSettings settings) {
        this(network, train, test, settings, 0);
    }

    /**
     * @param epochsDone epochs already trained before (a run resumed after an edit): the step's decay goes on
     *                   from there instead of starting again at δ
     */
    public Trainer(Network network, Dataset train, Dataset test, TrainingSettings settings, int epochsDone) {
        if (train.isEmpty()) {
            throw new deepmath.core.BadInputException(NetworkProblem.NO_TRAINING_DATA);
        }
        Evaluation.checkShapes(network, train, NetworkProblem.TRAINING_DATA.phrase());
        if (!test.isEmpty()) {
            Evaluation.checkShapes(network, test, NetworkProblem.TEST_DATA.phrase());
        }
        this.network = network;
        this.train = train;
        this.test = test;
        this.settings = settings;
        this.backpropagation = new Backpropagation(network, settings.loss(), settings.regularization(),
                settings.lambda());
        this.optimizer = settings.optimizer().create(settings.learningRate(), settings.momentum());
        this.random = new Random(settings.seed());
        this.params = network.parameters();
        this.lastGradient = new double[params.length];
        this.order = Dataset.permutation(train.size(), random);
        this.epochsBefore = Math.max(0, epochsDone);
        optimizer.setStep(settings.stepAt(epochsBefore));
    }

    /** The step δ the optimiser uses now (lowered as training goes when the settings ask for it). */
    public double currentStep() {
        return settings.stepAt(epochsBefore + epoch);
    }

    public Network network() {
        return network;
    }

    /** Completed epochs. */
    public int epoch() {
        return epoch;
    }

    public int steps() {
        return steps;
    }

    /** One mini-batch: backpropagation, then one optimiser step. */
    public StepReport step() {
        int size = Math.min(settings.batchSize(), train.size() - cursor);
        int[] batch = new int[size];
        System.arraycopy(order, cursor, batch, 0, size);
        double[] before = network.parameters();
        System.arraycopy(before, 0, params, 0, params.length);
        boolean[] first = {true};
        GradientFunction gradient = (at, out) -> {
            network.setParameters(at);
            double loss = backpropagation.lossAndGradient(train.inputsView(), train.targetsView(), batch, out);
            if (first[0]) {
                lastLoss = loss;
                System.arraycopy(out, 0, lastGradient, 0, out.length);
                first[0] = false;
            }
        };
        optimizer.step(params, gradient);
        network.setParameters(params);
        steps++;
        int epochOfStep = epoch;
        cursor += size;
        if (cursor >= train.size()) {
            cursor = 0;
            epoch++;
            order = Dataset.permutation(train.size(), random);
            optimizer.setStep(currentStep());
        }
        return new StepReport(epochOfStep, steps, size, lastLoss, before, lastGradient.clone(), params.clone());
    }

    /** Steps until the current epoch ends; returns the report of its last step. */
    public StepReport epoch(Progress progress) {
        int target = epoch + 1;
        StepReport last = null;
        while (epoch < target) {
            progress.checkCancelled();
            last = step();
        }
        return last;
    }

    /** Mean loss on the whole training set (without the penalty: comparable with the test loss). */
    public double trainLoss() {
        return Evaluation.loss(network, train, settings.loss());
    }

    /** Mean loss on the test set, NaN when there is none. */
    public double testLoss() {
        return test.isEmpty() ? Double.NaN : Evaluation.loss(network, test, settings.loss());
    }

    /** Forgets the optimiser's memory (after the user edits a weight by hand). */
    public void resetOptimizer() {
        optimizer.reset();
    }
}
