package deepmath.viz.graph;

import deepmath.expr.ComputationGraph;
import deepmath.expr.ComputationGraph.Node;
import deepmath.expr.GraphTrace;
import deepmath.expr.Numbers;
import deepmath.viz.plot.CanvasView;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The book's automatic-differentiation figure, live: the formula's computational graph from the variables
 * (left) to f (right). Each node shows its operation, its value (forward pass, blue) and ∂f/∂node (backward
 * pass, red); each edge the local derivative that the chain rule multiplies along it. With a forward-mode
 * variable chosen, each node also shows its tangent ∂node/∂variable (green).
 */
public final class ComputationGraphView extends CanvasView {
    private static final double BOX_W = 92;
    private static final double BOX_H = 58;
    private static final double GAP_X = 58;
    private static final double GAP_Y = 16;
    private static final Color VALUE = Color.web("#0969da");
    private static final Color ADJOINT = Color.web("#cf222e");
    private static final Color TANGENT = Color.web("#1a7f37");

    private final ObjectProperty<GraphTrace> trace = new SimpleObjectProperty<>(this, "trace");
    /** Variable index for forward-mode tangents, or −1 for none. */
    private final IntegerProperty forwardVariable = new SimpleIntegerProperty(this, "forwardVariable", -1);
    private String[] legend = {"= value (forward pass)",
        "∂f = ∂f/∂node (backward pass)   ×k = local derivative on the edge", "ḋ = ∂node/∂{0} (forward mode)"};
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    public ComputationGraphView() {
        getStyleClass().add("graph-view");
        trace.addListener(o -> {
            layoutNodes();
            redraw();
        });
        forwardVariable.addListener(o -> redraw());
    }

    public ObjectProperty<GraphTrace> traceProperty() {
        return trace;
    }

    public IntegerProperty forwardVariableProperty() {
        return forwardVariable;
    }

    /** The legend's three lines, in the UI language; the third contains {0} for the variable's name. */
    public void setLegend(String value, String adjoint, String tangent) {
        legend = new String[] {value, adjoint, tangent};
        redraw();
    }

    private void layoutNodes() {
        GraphTrace t = trace.get();
        if (t == null) {
            return;
        }
        List<Node> nodes = t.graph().nodes();
        int[] depth = new int[nodes.size()];
        int maxDepth = 0;
        for (Node node : nodes) {
            int d = 0;
            for (int input : node.inputs()) {
                d = Math.max(d, depth[input] + 1);
            }
            depth[node.index()] = d;
            maxDepth = Math.max(maxDepth, d);
        }
        List<List<Integer>> columns = new ArrayList<>();
        for (int d = 0; d <= maxDepth; d++) {
            columns.add(new ArrayList<>());
        }
        for (Node node : nodes) {
            columns.get(depth[node.index()]).add(node.index());
        }
        xs = new double[nodes.size()];
        ys = new double[nodes.size()];
        int tallest = columns.stream().mapToInt(List::size).max().orElse(1);
        double height = tallest * (BOX_H + GAP_Y);
        for (int d = 0; d <= maxDepth; d++) {
            List<Integer> column = columns.get(d);
            double top = 20 + (height - column.size() * (BOX_H + GAP_Y)) / 2;
            for (int k = 0; k < column.size(); k++) {
                xs[column.get(k)] = 16 + d * (BOX_W + GAP_X);
                ys[column.get(k)] = top + k * (BOX_H + GAP_Y);
            }
        }
        setPrefWidth(32 + (maxDepth + 1) * (BOX_W + GAP_X) - GAP_X);
        setPrefHeight(40 + height + 28);
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        GraphTrace t = trace.get();
        if (t == null || xs.length != t.graph().size()) {
            return;
        }
        ComputationGraph graph = t.graph();
        int variable = forwardVariable.get();
        double[] tangents = variable >= 0 && variable < graph.variables().size() ? t.tangents(variable) : null;
        Paint foreground = getForegroundPaint();
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.CENTER);
        for (Node node : graph.nodes()) {
            for (int slot = 0; slot < node.inputs().size(); slot++) {
                drawEdge(g, t, node, slot, foreground);
            }
        }
        for (Node node : graph.nodes()) {
            drawNode(g, t, node, tangents, tangents != null ? graph.variables().get(variable) : null);
        }
        drawLegend(g, height, tangents != null ? graph.variables().get(variable) : null, foreground);
    }

    private void drawEdge(GraphicsContext g, GraphTrace t, Node node, int slot, Paint foreground) {
        int input = node.input(slot);
        double x0 = xs[input] + BOX_W;
        double y0 = ys[input] + BOX_H / 2;
        double x1 = xs[node.index()];
        double y1 = ys[node.index()] + BOX_H / 2 + (node.inputs().size() == 2 ? (slot == 0 ? -10 : 10) : 0);
        boolean carries = t.graph().varies(input);
        g.setStroke(carries ? foreground : Color.gray(0.7));
        g.setLineWidth(carries ? 1.4 : 0.8);
        g.beginPath();
        g.moveTo(x0, y0);
        g.bezierCurveTo(x0 + GAP_X / 2, y0, x1 - GAP_X / 2, y1, x1, y1);
        g.stroke();
        g.setFill(foreground);
        g.fillPolygon(new double[] {x1, x1 - 6, x1 - 6}, new double[] {y1, y1 - 3.5, y1 + 3.5}, 3);
        if (carries) {
            String partial = "×" + Numbers.format(t.edgePartial(node.index(), slot), 3);
            double mx = (x0 + x1) / 2;
            double my = (y0 + y1) / 2;
            g.setFill(Color.rgb(255, 255, 255, 0.85));
            g.fillRoundRect(mx - 24, my - 7, 48, 14, 6, 6);
            g.setFill(ADJOINT.darker());
            g.setTextAlign(TextAlignment.CENTER);
            fillText(g, partial, mx, my);
        }
    }

    private void drawNode(GraphicsContext g, GraphTrace t, Node node, double[] tangents, String variableName) {
        double x = xs[node.index()];
        double y = ys[node.index()];
        boolean output = node.index() == t.graph().output();
        g.setFill(output ? Color.web("#fff8c5") : Color.web("#f6f8fa"));
        g.fillRoundRect(x, y, BOX_W, BOX_H, 10, 10);
        g.setStroke(output ? Color.web("#bf8700") : Color.web("#8c959f"));
        g.setLineWidth(output ? 2 : 1);
        g.strokeRoundRect(x, y, BOX_W, BOX_H, 10, 10);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(Color.web("#24292f"));
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        fillText(g, node.label(), x + BOX_W / 2, y + 12);
        g.setFont(Font.font(10));
        g.setFill(VALUE);
        fillText(g, "= " + Numbers.format(t.values()[node.index()], 4), x + BOX_W / 2, y + 27);
        if (t.graph().varies(node.index())) {
            g.setFill(ADJOINT);
            fillText(g, "∂f = " + Numbers.format(t.adjoints()[node.index()], 4), x + BOX_W / 2, y + 40);
            if (tangents != null) {
                g.setFill(TANGENT);
                fillText(g, "∂/∂" + variableName + " = " + Numbers.format(tangents[node.index()], 4), x + BOX_W / 2, y + 52);
            }
        }
    }

    private void drawLegend(GraphicsContext g, double height, String forwardVariableName, Paint foreground) {
        double y = height - 14;
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font(11));
        g.setFill(VALUE);
        fillText(g, legend[0], 16, y);
        g.setFill(ADJOINT);
        fillText(g, legend[1], 190, y);
        if (forwardVariableName != null) {
            g.setFill(TANGENT);
            fillText(g, legend[2].replace("{0}", forwardVariableName), 600, y);
        }
    }
}
