package deepmath.app.attention;

import deepmath.app.task.ErrorText;
import deepmath.language.EmbeddingGeometry;
import deepmath.language.Pca;
import deepmath.language.TokenVectors;
import deepmath.language.VectorGeometry;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LabelsLayer;
import deepmath.viz.plot.PlotCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The book's tools on a table of token vectors (ch. 17 §4): cosine of two tokens, nearest neighbours, the analogy
 * a − b + c with the rank of the expected answer, chosen words projected on the line a − b, and on their first
 * principal axes (PC1–PC2 and PC1–PC3, the 3-D view as two of its faces). The same pane serves GPT-2's token
 * embeddings and the co-occurrence vectors.
 */
final class VectorToolsPane extends VBox {
    private static final Color WORDS = Color.web("#3a0ca3");
    private final Messages messages;
    private final ErrorText errors;
    private final Supplier<TokenVectors> vectors;
    private final TextField a;
    private final TextField b;
    private final TextField c;
    private final TextField expected;
    private final TextField words;
    private final Label result = new Label();
    private final ListView<String> list = new ListView<>();
    private final PlotCanvas plane = new PlotCanvas();
    private final PlotCanvas depth = new PlotCanvas();
    private final Label problem = new Label();

    /** @param defaults a, b, c, the expected answer, the words to project */
    VectorToolsPane(String idPrefix, Messages messages, ErrorText errors, Supplier<TokenVectors> vectors,
                    ObservableBooleanValue ready, String... defaults) {
        super(6);
        this.messages = messages;
        this.errors = errors;
        this.vectors = vectors;
        a = field(defaults[0], 7);
        b = field(defaults[1], 7);
        c = field(defaults[2], 7);
        expected = field(defaults[3], 7);
        words = field(defaults[4], 30);
        a.setId(idPrefix + "-a");
        b.setId(idPrefix + "-b");
        list.setId(idPrefix + "-list");
        result.setId(idPrefix + "-result");
        plane.setId(idPrefix + "-pca");
        Button cosine = Translated.button(messages, "embed.tools.cosine", this::cosine);
        cosine.setId(idPrefix + "-cosine");
        Button nearest = Translated.button(messages, "embed.tools.nearest", this::nearest);
        Button analogy = Translated.button(messages, "embed.tools.analogy", this::analogy);
        analogy.setId(idPrefix + "-analogy");
        Button line = Translated.button(messages, "embed.tools.line", this::line);
        Button pca = Translated.button(messages, "embed.tools.pca", this::pca);
        pca.setId(idPrefix + "-pca-button");
        for (Button button : List.of(cosine, nearest, analogy, line, pca)) {
            button.disableProperty().bind(javafx.beans.binding.Bindings.not(ready));
        }
        FlowPane first = new FlowPane(6, 6, Translated.label(messages, "embed.tools.a"), a,
                Translated.label(messages, "embed.tools.b"), b, Translated.label(messages, "embed.tools.c"), c,
                Translated.label(messages, "embed.tools.expected"), expected);
        first.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = new FlowPane(6, 6, cosine, nearest, analogy);
        HBox second = new HBox(6, Translated.label(messages, "embed.tools.words"), words, line, pca);
        second.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        result.setWrapText(true);
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        result.getStyleClass().add("data-text");
        list.getStyleClass().add("data-text");
        list.setPrefWidth(220);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (PlotCanvas p : List.of(plane, depth)) {
            p.setMinSize(160, 140);
        }
        HBox views = new HBox(8, list, plane, depth);
        HBox.setHgrow(plane, Priority.ALWAYS);
        HBox.setHgrow(depth, Priority.ALWAYS);
        getChildren().addAll(first, actions, second, problem, result, views);
        VBox.setVgrow(views, Priority.ALWAYS);
    }

    private static TextField field(String text, int columns) {
        TextField f = new TextField(text);
        f.setPrefColumnCount(columns);
        return f;
    }

    /** Runs {@code action}; a refusal (a word the table lacks) is shown in the pane's own words. */
    private void guarded(Runnable action) {
        problem.setText("");
        try {
            action.run();
        } catch (RuntimeException e) {
            problem.setText(errors.of(e));
        }
    }

    void cosine() {
        guarded(() -> {
            TokenVectors t = vectors.get();
            double[] va = t.geometry().vector(t.id(a.getText()));
            double[] vb = t.geometry().vector(t.id(b.getText()));
            result.setText(String.format(Locale.ROOT, "cos('%s', '%s') = %.4f   θ = %.1f°   ‖a − b‖ = %.4f",
                    t.name(t.id(a.getText())), t.name(t.id(b.getText())), VectorGeometry.cosine(va, vb),
                    VectorGeometry.angleDegrees(va, vb), VectorGeometry.distance(va, vb)));
        });
    }

    void nearest() {
        guarded(() -> {
            TokenVectors t = vectors.get();
            int id = t.id(a.getText());
            show(t, t.geometry().neighbours(id, 20));
            result.setText(messages.get("embed.tools.nearestOf", t.name(id)));
        });
    }

    void analogy() {
        guarded(() -> {
            TokenVectors t = vectors.get();
            int ia = t.id(a.getText());
            int ib = t.id(b.getText());
            int ic = t.id(c.getText());
            int wanted = expected.getText().isBlank() ? -1 : t.id(expected.getText());
            EmbeddingGeometry.Analogy answer = t.geometry().analogy(ia, ib, ic, wanted, 20);
            show(t, answer.best());
            result.setText(wanted < 0 ? messages.get("embed.tools.analogyOf", t.name(ia), t.name(ib), t.name(ic))
                    : messages.get("embed.tools.rank", t.name(ia), t.name(ib), t.name(ic), t.name(wanted),
                    answer.rankWithInputs(), answer.rankWithoutInputs()));
        });
    }

    private void show(TokenVectors t, List<EmbeddingGeometry.Neighbour> neighbours) {
        List<String> rows = new ArrayList<>();
        for (EmbeddingGeometry.Neighbour nb : neighbours) {
            rows.add(String.format(Locale.ROOT, "%-14s %.3f", "'" + t.name(nb.id()) + "'", nb.cosine()));
        }
        list.getItems().setAll(rows);
    }

    private List<Integer> chosen(TokenVectors t, List<String> names) {
        List<Integer> ids = new ArrayList<>();
        for (String w : words.getText().split(",")) {
            if (!w.isBlank()) {
                int id = t.id(w.strip());
                ids.add(id);
                names.add(t.name(id).strip());
            }
        }
        return ids;
    }

    /** Each chosen word at x = ⟨v, u⟩, u the unit vector along v_a − v_b; y spreads them in the list's order. */
    void line() {
        guarded(() -> {
            TokenVectors t = vectors.get();
            double[] u = VectorGeometry.difference(t.geometry().vector(t.id(a.getText())),
                    t.geometry().vector(t.id(b.getText())));
            List<String> names = new ArrayList<>();
            List<Integer> ids = chosen(t, names);
            double[] xs = new double[ids.size()];
            double[] ys = new double[ids.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = VectorGeometry.onLine(t.geometry().vector(ids.get(i)), u);
                ys[i] = -i;
            }
            plot(plane, xs, ys, names, messages.get("embed.tools.lineAxis", t.name(t.id(a.getText())),
                    t.name(t.id(b.getText()))), "");
            depth.layers().clear();
        });
    }

    void pca() {
        guarded(() -> {
            TokenVectors t = vectors.get();
            List<String> names = new ArrayList<>();
            int[] ids = chosen(t, names).stream().mapToInt(Integer::intValue).toArray();
            Pca pca = t.geometry().pca(ids, 3);
            double[][] x = pca.coordinates();
            double[] pc1 = new double[ids.length];
            double[] pc2 = new double[ids.length];
            double[] pc3 = new double[ids.length];
            for (int i = 0; i < ids.length; i++) {
                pc1[i] = x[i][0];
                pc2[i] = x[i][1];
                pc3[i] = x[i][2];
            }
            String p1 = axis(1, pca.explained(0));
            plot(plane, pc1, pc2, names, p1, axis(2, pca.explained(1)));
            plot(depth, pc1, pc3, names, p1, axis(3, pca.explained(2)));
        });
    }

    private static String axis(int k, double share) {
        return String.format(Locale.ROOT, "PC%d (%.0f %%)", k, 100 * share);
    }

    private static void plot(PlotCanvas p, double[] xs, double[] ys, List<String> names, String x, String y) {
        p.xAxis().labelProperty().unbind();
        p.yAxis().labelProperty().unbind();
        p.xAxis().labelProperty().set(x);
        p.yAxis().labelProperty().set(y);
        p.layers().setAll(new LabelsLayer(xs, ys, names, WORDS));
        p.fitToData(0.2);
    }
}
