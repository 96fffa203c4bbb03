package deepmath.app.attention;

/**
 * The text as the one-line editor shows it: a line break is '↵' and a tab '⇥' (the token chips' signs),
 * since a text field silently removes both; typing or pasting those signs gives the characters back.
 */
final class EditorText {
    private EditorText() {
    }

    static String shown(String text) {
        return text.replace("\r\n", "\n").replace('\n', '↵').replace('\t', '⇥');
    }

    static String typed(String shown) {
        return shown.replace('↵', '\n').replace('⇥', '\t');
    }
}
