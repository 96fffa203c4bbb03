package deepmath.app.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.expr.Formula;
import deepmath.expr.ParseException;
import deepmath.viz.i18n.I18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every kind of parse error the formula line can show, said in French and in English from the bundle. */
class FormulaErrorTextTest {
    private static String say(Locale locale, String formula) {
        ParseException e = assertThrows(ParseException.class, () -> Formula.parse(formula));
        return FormulaErrorText.describe(new I18n(locale).messages("function"), e);
    }

    @Test
    void eachParseErrorIsSaidInFrench() {
        assertEquals("Colonne 5 : on attend ')', on trouve la fin de la formule.", say(Locale.FRENCH, "x*(y"));
        assertEquals("Colonne 1 : on attend une formule, on trouve rien.", say(Locale.FRENCH, ""));
        assertEquals("Colonne 3 : on attend un nombre, un nom ou '(', on trouve la fin de la formule.",
                say(Locale.FRENCH, "x+"));
        assertEquals("Colonne 3 : on attend un opérateur (+ - * / ^) ou la fin de la formule, on trouve ')'.",
                say(Locale.FRENCH, "x )"));
        assertEquals("Colonne 7 : on attend ')' pour fermer sin(, on trouve 'y'.",
                say(Locale.FRENCH, "sin(x y"));
        assertEquals("Colonne 4 : on attend '(' après la fonction sin, on trouve la fin de la formule.",
                say(Locale.FRENCH, "sin"));
        assertEquals("Colonne 1 : max prend 2 arguments, pas 1.", say(Locale.FRENCH, "max(x)"));
        assertEquals("Colonne 1 : sin prend 1 argument, pas 2.", say(Locale.FRENCH, "sin(x, y)"));
        String unknown = say(Locale.FRENCH, "foo(x)");
        assertEquals("Colonne 1 : fonction inconnue «\u00a0foo\u00a0» (connues : sin, cos",
                unknown.substring(0, unknown.indexOf("cos") + 3));
    }

    /** The parser's newer refusals (a control character, the nesting and length limits) are said in French too. */
    @Test
    void theLimitsAndAControlCharacterAreSaidInFrench() {
        assertEquals("Colonne 3 : on attend un opérateur (+ - * / ^) ou la fin de la formule, on trouve le caractère"
                + " U+0001.", say(Locale.FRENCH, "x \u0001"));
        assertEquals("Colonne 202 : la formule imbrique plus de 200 niveaux (parenthèses, fonctions, signes et"
                + " puissances).", say(Locale.FRENCH, "(".repeat(300) + "x" + ")".repeat(300)));
        String tooLong = say(Locale.FRENCH, "x+".repeat(60_000) + "x");
        assertEquals(true, tooLong.startsWith("La formule compte 120") && tooLong.contains("plus que les 100"),
                tooLong);
        assertEquals("Column 202: the formula nests more than 200 levels deep (parentheses, functions, signs and"
                + " powers).", say(Locale.ENGLISH, "(".repeat(300) + "x" + ")".repeat(300)));
    }

    @Test
    void inEnglishTheyReadAsTheParserSaysThemWithoutTheFormula() {
        assertEquals("Column 5: expected ')', found the end of the formula.", say(Locale.ENGLISH, "x*(y"));
        assertEquals("Column 1: max takes 2 arguments, not 1.", say(Locale.ENGLISH, "max(x)"));
        assertEquals("Column 1: sin takes 1 argument, not 2.", say(Locale.ENGLISH, "sin(x, y)"));
    }
}
