package deepmath.app.convolution;

import deepmath.conv.MatrixAlgebra;
import deepmath.conv.MatrixText;
import deepmath.conv.Polynomials;
import deepmath.core.BadInputException;
import deepmath.viz.conv.MatrixPanelsView;
import deepmath.viz.conv.MatrixPanelsView.Panel;
import deepmath.viz.conv.NumberGrid;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import java.util.function.BinaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The algebra of convolution on the user's own numbers (book chapter 11 §4 and chapter 13 §1.3): the full
 * convolution of two lists both ways (commutativity), (A ẽ⋆ M) ẽ⋆ N against A ẽ⋆ (M ẽ⋆ N) (associativity: two
 * layers without activation are one), and A ⋆ (αM + βN) against α·A ⋆ M + β·A ⋆ N (linearity), each side
 * computed and compared; "without the flip" shows the book's remark that correlation loses the first two.
 */
final class PropertiesTab {
    private final Messages text;
    private final ObjectProperty<PropertiesSettings> settings;
    private boolean pushing;
    private final ComboBox<PropertiesSettings.Property> property = new ComboBox<>();
    private final TextField f = new TextField();
    private final TextField g = new TextField();
    private final NumberGrid a = new NumberGrid(40);
    private final NumberGrid m = new NumberGrid(40);
    private final NumberGrid n = new NumberGrid(40);
    private final TextField alpha = new TextField();
    private final TextField beta = new TextField();
    private final CheckBox correlation;
    private final MatrixPanelsView panels = new MatrixPanelsView();
    private final Label statement = new Label();
    private final Label verdict = new Label();
    private final javafx.beans.binding.StringBinding languageWatch;
    /** The largest difference between the two sides shown (tests); NaN when the inputs do not parse. */
    private double difference = Double.NaN;
    private Node node;

    PropertiesTab(Messages text, ObjectProperty<PropertiesSettings> settings) {
        this.text = text;
        this.settings = settings;
        this.correlation = Translated.checkBox(text, "properties.correlation");
        this.languageWatch = text.text("properties.verdict.equal");
    }

    Node node() {
        if (node == null) {
            node = build();
            push(settings.get());
            property.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    change(s -> s.withProperty(now));
                }
            });
            f.textProperty().addListener((o, was, now) -> change(s -> s.withLists(now, s.g())));
            g.textProperty().addListener((o, was, now) -> change(s -> s.withLists(s.f(), now)));
            for (NumberGrid grid : List.of(a, m, n)) {
                grid.valuesProperty().addListener((o, was, now) -> {
                    if (a.valuesProperty().get() != null && m.valuesProperty().get() != null
                            && n.valuesProperty().get() != null) {
                        change(s -> s.withMatrices(a.valuesProperty().get(), m.valuesProperty().get(),
                                n.valuesProperty().get()));
                    }
                });
            }
            alpha.textProperty().addListener((o, was, now) -> coefficients());
            beta.textProperty().addListener((o, was, now) -> coefficients());
            correlation.selectedProperty().addListener((o, was, now) -> change(s -> s.withCorrelation(now)));
            TabFrame.follow(settings, this::push, this::recompute, languageWatch);
        }
        return node;
    }

    private Node build() {
        property.setId("conv-properties-property");
        f.setId("conv-properties-f");
        g.setId("conv-properties-g");
        a.setId("conv-properties-a");
        m.setId("conv-properties-m");
        n.setId("conv-properties-n");
        alpha.setId("conv-properties-alpha");
        beta.setId("conv-properties-beta");
        correlation.setId("conv-properties-correlation");
        panels.setId("conv-properties-panels");
        verdict.setId("conv-properties-verdict");
        statement.setId("conv-properties-statement");
        property.getItems().setAll(PropertiesSettings.Property.values());
        Translated.cells(property, text, p -> "properties." + p.key());
        property.setMaxWidth(Double.MAX_VALUE);
        f.setPrefColumnCount(12);
        g.setPrefColumnCount(12);
        alpha.setPrefColumnCount(4);
        beta.setPrefColumnCount(4);
        HBox lists = new HBox(6, new Label("f"), f);
        HBox lists2 = new HBox(6, new Label("g"), g);
        HBox coefficients = new HBox(6, new Label("α"), alpha, new Label("β"), beta);
        for (HBox box : List.of(lists, lists2, coefficients)) {
            box.setAlignment(Pos.CENTER_LEFT);
        }
        VBox left = new VBox(8, Heading.of(text, "properties.which"), property, correlation,
                Heading.of(text, "properties.lists"), lists, lists2,
                Heading.of(text, "properties.matrix"), a,
                Heading.of(text, "properties.kernels"), m, n, coefficients);
        ScrollPane leftScroll = TabFrame.side(left);
        statement.getStyleClass().add("conv-formula");
        verdict.getStyleClass().add("conv-window-sum");
        for (Label l : List.of(statement, verdict)) {
            TabFrame.wrapped(l);
        }
        Label hint = TabFrame.hint(text, "properties.hint");
        VBox.setVgrow(panels, Priority.ALWAYS);
        VBox centre = new VBox(10, statement, verdict, panels, hint);
        return TabFrame.of(leftScroll, centre);
    }

    private void change(java.util.function.UnaryOperator<PropertiesSettings> edit) {
        if (!pushing) {
            settings.set(edit.apply(settings.get()));
        }
    }

    private void coefficients() {
        if (pushing) {
            return;
        }
        try {
            double x = TabFrame.number(alpha.getText());
            double y = TabFrame.number(beta.getText());
            if (Double.isFinite(x) && Double.isFinite(y)) {
                alpha.getStyleClass().remove("invalid");
                beta.getStyleClass().remove("invalid");
                change(s -> s.withCoefficients(x, y));
                return;
            }
        } catch (NumberFormatException e) {
            // marked below
        }
        for (TextField field : List.of(alpha, beta)) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        }
    }

    private void push(PropertiesSettings s) {
        pushing = true;
        try {
            property.setValue(s.property());
            if (!f.getText().equals(s.f())) {
                f.setText(s.f());
            }
            if (!g.getText().equals(s.g())) {
                g.setText(s.g());
            }
            for (var pair : List.of(java.util.Map.entry(a, s.a()), java.util.Map.entry(m, s.m()),
                    java.util.Map.entry(n, s.n()))) {
                if (!java.util.Arrays.deepEquals(pair.getValue(), pair.getKey().valuesProperty().get())) {
                    pair.getKey().setValues(pair.getValue());
                }
            }
            TabFrame.setNumber(alpha, s.alpha());
            TabFrame.setNumber(beta, s.beta());
            correlation.setSelected(s.correlation());
        } finally {
            pushing = false;
        }
    }

    private void recompute() {
        PropertiesSettings s = settings.get();
        // Convolution ẽ⋆ (full), or the same sums without the flip.
        BinaryOperator<double[][]> star = s.correlation() ? MatrixAlgebra::fullCorrelation : MatrixAlgebra::full;
        String op = s.correlation() ? "⋆c" : "ẽ⋆";
        statement.setText(text.get("properties.statement." + s.property().key()
                + (s.correlation() ? ".correlation" : "")));
        List<Panel> shown;
        double[][] left;
        double[][] right;
        switch (s.property()) {
            case COMMUTATIVITY -> {
                double[][] fv;
                double[][] gv;
                try {
                    fv = new double[][] {Polynomials.parse(s.f())};
                    gv = new double[][] {Polynomials.parse(s.g())};
                } catch (BadInputException e) {
                    difference = Double.NaN;
                    verdict.setText(text.get("properties.bad"));
                    panels.show(List.of());
                    return;
                }
                left = star.apply(fv, gv);
                right = star.apply(gv, fv);
                shown = List.of(Panel.of("f", fv), Panel.of("g", gv), Panel.of("f " + op + " g", left),
                        Panel.of("g " + op + " f", right));
            }
            case ASSOCIATIVITY -> {
                double[][] am = star.apply(s.a(), s.m());
                double[][] mn = star.apply(s.m(), s.n());
                left = star.apply(am, s.n());
                right = star.apply(s.a(), mn);
                shown = List.of(Panel.of("(A " + op + " M) " + op + " N", left), Panel.of("M " + op + " N", mn),
                        Panel.of("A " + op + " (M " + op + " N)", right));
            }
            default -> {
                if (s.m().length != s.n().length || s.m()[0].length != s.n()[0].length) {
                    difference = Double.NaN;
                    verdict.setText(text.get("properties.sameSize"));
                    panels.show(List.of());
                    return;
                }
                String ab = MatrixText.number(s.alpha()) + "·M + " + MatrixText.number(s.beta()) + "·N";
                double[][] combined = MatrixAlgebra.combine(s.alpha(), s.m(), s.beta(), s.n());
                left = MatrixAlgebra.same(s.a(), combined);
                right = MatrixAlgebra.combine(s.alpha(), MatrixAlgebra.same(s.a(), s.m()), s.beta(),
                        MatrixAlgebra.same(s.a(), s.n()));
                shown = List.of(Panel.of(ab, combined), Panel.of("A ⋆ (" + ab + ")", left),
                        Panel.of(MatrixText.number(s.alpha()) + "·A ⋆ M + " + MatrixText.number(s.beta()) + "·A ⋆ N",
                                right));
            }
        }
        difference = MatrixAlgebra.maxDifference(left, right);
        verdict.setText(difference < 1e-9 ? text.get("properties.verdict.equal")
                : text.get("properties.verdict.differ", Double.isInfinite(difference) ? "∞"
                        : MatrixPanelsView.number(difference)));
        panels.show(shown);
    }

    /** For tests: the largest difference between the identity's two sides. */
    double difference() {
        return difference;
    }
}
