package deepmath.app.tensor;

import deepmath.tensor.DataTensors;
import deepmath.tensor.GradientPreset;
import deepmath.tensor.TensorOperation;
import deepmath.tensor.TensorPreset;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * All the state of the tensors tab, observable: the page shown and each page's settings as immutable records.
 * The panes show what is here and write the user's changes here; a session saves {@link #snapshot()} and
 * restores it with {@link #apply}.
 */
public final class TensorState {
    /** The tab's pages, in their order on screen. */
    public enum Page {
        OPERATIONS("operations"), DATA("data"), GRADIENT("gradient");

        private final String key;

        Page(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * The operations page: the preset chosen (its key; empty once a tensor or the operation is edited), the
     * texts of T (or A) and B as typed, and the operation with its parameters.
     */
    public record Operations(String preset, String a, String b, TensorOperation operation) {
        static Operations of(TensorPreset p) {
            return new Operations(p.key(), p.a(), p.b(), p.operation());
        }

        Operations edited(String newA, String newB, TensorOperation newOperation) {
            return new Operations("", newA, newB, newOperation);
        }
    }

    /**
     * The data page: which picture is read as (h, w, 3), which digits of the shipped MNIST set make the batch
     * (first, first + step, …, count of them), and the filter slid over each of them ("none": no feature maps).
     */
    public record Data(String image, int first, int step, int count, String filter) {
        public static final int DIGITS = 10_000;
        public static final int MAX_STEP = 1000;

        public Data {
            if (!DataTensors.IMAGES.contains(image) || first < 0 || first >= DIGITS || step < 1 || step > MAX_STEP
                    || count < 1 || count > DataTensors.MAX_BATCH || first + (count - 1) * step >= DIGITS
                    || !DataTensors.FILTERS.contains(filter)) {
                throw new IllegalArgumentException(image + " " + first + " " + step + " " + count + " " + filter);
            }
        }

        /** As many of {@code count} digits as fit from first by step. */
        static int fitting(int first, int step, int count) {
            return Math.max(1, Math.min(count, (DIGITS - 1 - first) / step + 1));
        }
    }

    /** The gradient page: the preset chosen (or empty), the formula in x and y, and the values of x and y as typed. */
    public record Gradient(String preset, String formula, String x, String y) {
        static Gradient of(GradientPreset p) {
            return new Gradient(p.key(), p.formula(), p.x(), p.y());
        }
    }

    /** The whole state at one moment: equal snapshots mean the tab shows the same thing. */
    public record Snapshot(Page page, Operations operations, Data data, Gradient gradient) {
        public static final Snapshot DEFAULT = new Snapshot(Page.OPERATIONS, Operations.of(TensorPreset.BOOK_RESHAPE_2_9),
                new Data(DataTensors.SMALL_CAT, 0, 1000, 10, "vertical"), Gradient.of(GradientPreset.BOOK_LOG_EXP));
    }

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Snapshot.DEFAULT.page());
    private final ObjectProperty<Operations> operations = new SimpleObjectProperty<>(this, "operations",
            Snapshot.DEFAULT.operations());
    private final ObjectProperty<Data> data = new SimpleObjectProperty<>(this, "data", Snapshot.DEFAULT.data());
    private final ObjectProperty<Gradient> gradient = new SimpleObjectProperty<>(this, "gradient",
            Snapshot.DEFAULT.gradient());

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObjectProperty<Operations> operationsProperty() {
        return operations;
    }

    public ObjectProperty<Data> dataProperty() {
        return data;
    }

    public ObjectProperty<Gradient> gradientProperty() {
        return gradient;
    }

    public Snapshot snapshot() {
        return new Snapshot(page.get(), operations.get(), data.get(), gradient.get());
    }

    public void apply(Snapshot s) {
        operations.set(s.operations());
        data.set(s.data());
        gradient.set(s.gradient());
        page.set(s.page());
    }
}
