/**
 * The UI guards, "every visible text is translated" and "nothing is clipped", and the tools
 * behind them, for any panel.
 *
 * <p><b>Run the guard on one lab</b> (the other labs are left out):
 * <pre>
 * mvn -B -o test -Dtest='LabGuardTest#descent' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Methods: {@code shell, surfaces, levelSets, descent, network, digits, convolution, attention}. Each opens the
 * real window ({@code EnglishWindow}), shows the lab, selects every tab of every tab pane (nested ones too),
 * walks it in English, switches the language live to French, walks every tab again, at the window's default
 * size and at 1280×800, and fails with two lists: untranslated texts and clipped texts or controls. Each line
 * names the text, the check, the node as {@code Class#id.styleClass < parent < …} and the views it was seen in
 * ({@code lab › tab-id | fr | 1280×800}).
 *
 * <p><b>Pieces</b>, usable in a lab's own test on the FX thread:
 * <ul>
 * <li>{@link deepmath.app.ui.SceneWalker#walk(javafx.scene.Node)}: every visible text under a node as
 * {@link deepmath.app.ui.VisibleText} (labels, buttons, cells, tab and column headers, tooltips, prompt texts,
 * combo/choice items through their cell factory or converter, menu items, texts drawn on canvas views);</li>
 * <li>{@link deepmath.app.ui.TranslationCheck}: {@code problems(english, french)} pairs the two walks node by
 * node; {@code words(texts, Locale.FRENCH)} checks one walk alone;</li>
 * <li>{@link deepmath.app.ui.ClippingCheck#problems(javafx.scene.Node, java.util.List, javafx.scene.Node)}:
 * ellipses, canvas texts cut or squeezed, controls outside the window or below their minimum size, hidden
 * tab headers, and (through {@link deepmath.app.ui.ViewportCheck}) texts cut with no ellipsis by a viewport the
 * user cannot scroll past (a scroll pane whose bar that way is {@code NEVER} or not shown, a table's header row,
 * a tab's or split pane item's content area, any {@code clip}) and panes laid out below their content's minimum
 * with a text sticking out;</li>
 * <li>{@link deepmath.app.ui.GuardDriver}: the whole tour for a lab ({@code lab(LabId)}) or the shell, and
 * {@code toolWindow(name, open)} for a window the shell keeps open beside the main one (Help ▸ Lexicon:
 * {@code LexiconWindowTest#guards}).</li>
 * </ul>
 *
 * <p><b>What a panel does to pass</b>: bind every text to its bundle ({@code Messages.text}), give combo boxes
 * a converter or cell factory that reads the bundle, draw canvas texts with {@code CanvasView.fillText(g, …)}
 * (not {@code g.fillText}) so the guards see them, give long texts room (wrap, a wider column, a tooltip, a
 * shorter wording — never a smaller font; a scroll pane fitted to its width either binds its viewport's minimum
 * width to its content's {@code minWidth} or lets its horizontal bar show {@code AS_NEEDED}), and give nodes that show <em>data</em> rather than UI text (prompt
 * tokens, file names, captions from a data set) the style class {@code data-text}: the translation check skips
 * them, the clipping check does not. Proper names the check does not know can be added to
 * {@code TranslationCheck.ALWAYS_ALLOWED} when they are the same in both languages.
 */
package deepmath.app.ui;
