package deepmath.app.attention;

import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.LoadedGpt2;
import deepmath.language.EmbeddingGeometry;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LabelsLayer;
import deepmath.viz.plot.PlotCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The model's token embeddings (rows of W_te): the tokens whose rows point the same way as a chosen token's
 * (cosine similarity), and chosen tokens placed on the plane of their two principal axes.
 */
final class EmbeddingSection extends VBox {
    private final AttentionState state;
    private final Messages messages;
    private final TextField token = new TextField(" God");
    private final ListView<String> neighbours = new ListView<>();
    private final TextField chosen = new TextField("God, LORD, king, queen, man, woman, son, daughter, Egypt, Israel,"
            + " one, two, three, seven");
    private final PlotCanvas map = new PlotCanvas();
    private final Label problem = new Label();
    private EmbeddingGeometry geometry;
    private LoadedGpt2 geometryOf;

    EmbeddingSection(AttentionState state, Messages messages) {
        super(6);
        this.state = state;
        this.messages = messages;
        token.setId("language-embedding-token");
        token.setPrefColumnCount(10);
        chosen.setId("language-embedding-chosen");
        neighbours.setId("language-embedding-neighbours");
        neighbours.setPrefWidth(200);
        map.setId("language-embedding-map");
        map.setMinSize(200, 120);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        Button find = Translated.button(messages, "language.embeddings.neighbours", this::showNeighbours);
        Button place = Translated.button(messages, "language.embeddings.project", this::showMap);
        // Embeddings need a model: the buttons wait for one.
        find.disableProperty().bind(state.model.isNull());
        place.disableProperty().bind(state.model.isNull());
        javafx.scene.layout.FlowPane first = new javafx.scene.layout.FlowPane(8, 6, Translated.label(messages, "language.embeddings.token"), token, find);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, Translated.label(messages, "language.embeddings.words"), chosen, place);
        second.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chosen, Priority.ALWAYS);
        HBox views = new HBox(8, neighbours, map);
        HBox.setHgrow(map, Priority.ALWAYS);
        getChildren().addAll(first, second, problem, views);
        VBox.setVgrow(views, Priority.ALWAYS);
        state.model.addListener(o -> {
            neighbours.getItems().clear();
            map.layers().clear();
        });
    }


    private EmbeddingGeometry geometry() {
        LoadedGpt2 model = state.model.get();
        if (geometry == null || geometryOf != model) {
            geometry = new EmbeddingGeometry(model.model().tokenEmbeddings());
            geometryOf = model;
        }
        return geometry;
    }

    /** The single token of {@code text}, or −1 (the reason shown) when it is several tokens. */
    private int singleToken(String text) {
        Gpt2Tokenizer tokenizer = state.model.get().tokenizer();
        int[] ids = tokenizer.encode(text);
        if (ids.length != 1) {
            problem.setText(messages.get("language.embeddings.notOne", text, tokenizer.tokenTexts(ids)));
            return -1;
        }
        return ids[0];
    }

    void showNeighbours() {
        problem.setText("");
        int id = singleToken(token.getText());
        if (id < 0) {
            return;
        }
        Gpt2Tokenizer tokenizer = state.model.get().tokenizer();
        List<String> rows = new ArrayList<>();
        for (EmbeddingGeometry.Neighbour nb : geometry().neighbours(id, 15)) {
            rows.add(String.format(Locale.ROOT, "%-14s %.3f", "'" + tokenizer.tokenTexts(new int[] {nb.id()}).get(0) + "'",
                    nb.cosine()));
        }
        neighbours.getItems().setAll(rows);
    }

    /** Words are looked up with a leading space, as they appear inside a sentence. */
    void showMap() {
        problem.setText("");
        List<String> words = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (String word : chosen.getText().split(",")) {
            if (word.isBlank()) {
                continue;
            }
            int id = singleToken(" " + word.strip());
            if (id < 0) {
                return;
            }
            words.add(word.strip());
            ids.add(id);
        }
        if (ids.size() < 3) {
            problem.setText(messages.get("language.embeddings.few"));
            return;
        }
        double[][] xy = geometry().pca2(ids.stream().mapToInt(Integer::intValue).toArray());
        double[] xs = new double[xy.length];
        double[] ys = new double[xy.length];
        for (int i = 0; i < xy.length; i++) {
            xs[i] = xy[i][0];
            ys[i] = xy[i][1];
        }
        map.layers().setAll(new LabelsLayer(xs, ys, words, Color.web("#3a0ca3")));
        map.fitToData(0.15);
    }
}
