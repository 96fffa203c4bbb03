package deepmath.viz.attention;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The tokens of a text as chips, each with its id underneath; spaces are shown as '·' and line breaks as
 * '↵' so that " dog" and "dog" look different, as they are different tokens.
 */
public final class TokenChips extends FlowPane {

    public TokenChips() {
        super(4, 4);
        getStyleClass().add("token-chips");
    }

    public void setTokens(List<String> tokens, int[] ids) {
        getChildren().clear();
        for (int i = 0; i < tokens.size(); i++) {
            Label text = new Label(visible(tokens.get(i)));
            text.getStyleClass().add("token-chip-text");
            Label id = new Label(String.valueOf(ids[i]));
            id.getStyleClass().add("token-chip-id");
            VBox chip = new VBox(text, id);
            chip.getStyleClass().add("token-chip");
            Tooltip.install(chip, new Tooltip("#" + i + "  \"" + tokens.get(i) + "\"  id " + ids[i]));
            getChildren().add(chip);
        }
    }

    /** The token with its white space made visible. */
    public static String visible(String token) {
        return token.replace(' ', '·').replace("\n", "↵").replace("\t", "⇥").replace("\r", "");
    }
}
