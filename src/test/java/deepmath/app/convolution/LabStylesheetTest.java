package deepmath.app.convolution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The shared stylesheet parses into the rules the convolution and attention labs use: one unclosed block
 * earlier in the file once swallowed every rule after it (token chips unstyled, ids out of line).
 */
class LabStylesheetTest {
    @Test
    void theConvolutionAndAttentionRulesAreInTheParsedStylesheet() throws Exception {
        Stylesheet sheet = new CssParser().parse(LabStylesheetTest.class.getResource("/css/deepmath.css"));
        Set<String> selectors = sheet.getRules().stream().map(Rule::getSelectors).flatMap(java.util.List::stream)
                .map(Selector::toString).collect(Collectors.toSet());
        for (String style : new String[] {"token-chip", "token-chip-id", "head-chip", "conv-inspector", "conv-heading",
                "digits-pad"}) {
            assertTrue(selectors.stream().anyMatch(s -> s.endsWith("." + style) || s.equals("*." + style)),
                    "no rule for ." + style + " in " + selectors);
        }
    }
}
