package deepmath.app.network;

import deepmath.data.Dataset;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.nn.Activation;
import deepmath.nn.Network;
import deepmath.viz.color.ColorMap;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.ColorBar;
import deepmath.viz.surface.Marker3D;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * The network's output as a surface z = F(x, y) in 3-D (the book's figures of ch. 5 line 4898 and ch. 6 line
 * 6130), with the surfaces lab's 3-D view: over the shown rectangle, on the slice z = … for three inputs, with
 * the data as balls at their targets. Recomputed while its tab is shown; a 1-input network shows a note instead.
 */
final class OutputSurface {
    /** Nodes per side: fine enough for the steps of H, light enough to follow a dragged weight. */
    static final int RESOLUTION = 90;
    private static final int MAX_BALLS = 400;

    private final NetworkModel model;
    private final SurfaceView surface = new SurfaceView();
    private final ColorBar colorBar = new ColorBar();
    private final Label oneInput;
    private final StackPane root;
    private boolean active;
    private SurfaceBox shownBox;

    OutputSurface(NetworkModel model, Messages messages) {
        this.model = model;
        surface.setId("network-surface");
        surface.colorMapProperty().set(ColorMap.DIVERGING);
        colorBar.colorMapProperty().bind(surface.colorMapProperty());
        colorBar.setPrefWidth(70);
        colorBar.labelProperty().set("F(x, y)");
        HBox view = new HBox(surface, colorBar);
        HBox.setHgrow(surface, Priority.ALWAYS);
        view.getStyleClass().add("surface-box");
        oneInput = deepmath.viz.i18n.Translated.label(messages, "output.surfaceOneInput");
        oneInput.setWrapText(true);
        oneInput.setMinWidth(0); // it wraps: the note must not widen the window
        oneInput.setMaxWidth(420);
        oneInput.getStyleClass().add("network-hint");
        root = new StackPane(view, oneInput);
        root.setId("network-surface-pane");
        view.visibleProperty().bind(oneInput.visibleProperty().not());
        model.networkProperty().addListener(o -> refresh());
        model.valuesVersionProperty().addListener(o -> refresh());
        model.dataProperty().addListener(o -> refresh());
        model.sliceProperty().addListener(o -> refresh());
        model.domainProperty().addListener(o -> refresh());
        refresh();
    }

    Node node() {
        return root;
    }

    SurfaceView surfaceView() {
        return surface;
    }

    /** The box of the surface shown last (null before); tests read its z range. */
    SurfaceBox shownBox() {
        return shownBox;
    }

    /** Drawn only while its tab is shown: 3-D costs more than the map. */
    void setActive(boolean on) {
        active = on;
        refresh();
    }

    private void refresh() {
        Network network = model.network();
        boolean twoOrMore = network != null && network.inputs() >= 2;
        oneInput.setVisible(network != null && !twoOrMore);
        if (!active || !twoOrMore) {
            return;
        }
        double[] d = model.domainProperty().get();
        Grid2D grid = Grid2D.square(d[0], d[1], d[2], d[3], RESOLUTION);
        GridValues values = network.outputOnGrid(grid, model.sliceProperty().get());
        double[] z = heights(network, values, model.data());
        shownBox = new SurfaceBox(d[0], d[1], d[2], d[3], z[0], z[1]);
        surface.setAxisNames("x", "y", network.inputs() == 3 ? "F(x, y, z)" : "F");
        surface.setSurface(values, shownBox);
        colorBar.setRange(z[0], z[1]);
        surface.setDecorations(List.of(), balls(model.data(), network.inputs()), List.of(), null);
    }

    /**
     * The height range: [0, 1] for H and σ (the values an output of theirs can take), [−1, 1] for tanh, else
     * what F takes on the grid and the data's targets.
     */
    static double[] heights(Network network, GridValues values, Dataset data) {
        Activation out = network.layer(network.depth() - 1).activation();
        if (out == Activation.HEAVISIDE || out == Activation.SIGMOID || out == Activation.SOFTMAX) {
            return new double[] {0, 1};
        }
        if (out == Activation.TANH) {
            return new double[] {-1, 1};
        }
        GridValues.Range r = values.finiteRange();
        double lo = r.isEmpty() ? 0 : r.min();
        double hi = r.isEmpty() ? 1 : r.max();
        if (data.inputCount() == network.inputs() && data.targetCount() == 1) {
            for (double[] t : data.targetsView()) {
                lo = Math.min(lo, t[0]);
                hi = Math.max(hi, t[0]);
            }
        }
        return new double[] {lo, hi > lo ? hi : lo + 1};
    }

    /** The data of a 2-input network as balls at (x, y, target): class colours, or the heights' colour. */
    private static List<Marker3D> balls(Dataset data, int inputs) {
        List<Marker3D> out = new ArrayList<>();
        if (inputs != 2 || data.inputCount() != 2 || data.targetCount() != 1) {
            return out;
        }
        boolean classes = data.isBinaryClassification();
        for (int s = 0; s < Math.min(data.size(), MAX_BALLS); s++) {
            double[] x = data.inputsView()[s];
            double t = data.targetsView()[s][0];
            out.add(new Marker3D(x[0], x[1], t, classes ? (t >= 0.5 ? OutputView.CLASS_ONE : OutputView.CLASS_ZERO)
                    : OutputView.TARGET, 1.6));
        }
        return out;
    }
}
