package deepmath.viz.attention;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The tokens of a text as chips, each with its id centred underneath; spaces are shown as '·' and line breaks
 * as '↵' so that " dog" and "dog" look different, as they are different tokens.
 */
public final class TokenChips extends FlowPane {
    /** A chip's tooltip from the token's position, its text and its id. */
    @FunctionalInterface
    public interface TooltipText {
        String of(int position, String token, int id);
    }

    private TooltipText tooltip = (position, token, id) -> "#" + position + "  \"" + token + "\"  " + id;

    public TokenChips() {
        super(4, 4);
        getStyleClass().add("token-chips");
    }

    /** How tooltips read (the panel gives a translated one); applies from the next {@link #setTokens}. */
    public void setTooltipText(TooltipText value) {
        tooltip = value;
    }

    public void setTokens(List<String> tokens, int[] ids) {
        getChildren().clear();
        for (int i = 0; i < tokens.size(); i++) {
            Label text = new Label(visible(tokens.get(i)));
            text.getStyleClass().add("token-chip-text");
            Label id = new Label(String.valueOf(ids[i]));
            id.getStyleClass().add("token-chip-id");
            // Centred: a token wider than its id (or the reverse) keeps the id under its middle.
            VBox chip = new VBox(text, id);
            chip.setAlignment(Pos.TOP_CENTER);
            chip.getStyleClass().add("token-chip");
            Tooltip.install(chip, new Tooltip(tooltip.of(i, tokens.get(i), ids[i])));
            getChildren().add(chip);
        }
    }

    /** The token with its white space made visible. */
    public static String visible(String token) {
        return token.replace(' ', '·').replace("\n", "↵").replace("\t", "⇥").replace("\r", "");
    }
}
