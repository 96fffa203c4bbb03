package deepmath.core;

/**
 * Refusals of a file or JSON text the user gives: missing, unreadable, not valid JSON, a field out of range.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum FileProblem implements InputProblem {
    NO_SUCH_FILE("error.file.missing",
            "no such file: {0}"),
    CANNOT_READ("error.file.unreadable",
            "cannot read {0}: {1}"),
    JSON_REFUSAL("error.json.refusal",
            "{0}: {1}{2}{3}"),
    NOT_JSON("error.json.invalid",
            "not valid JSON"),
    KEY_TWICE("error.json.keyTwice",
            "a key given twice ({0})"),
    KEY_TWICE_UNNAMED("error.json.keyTwiceUnnamed",
            "a key given twice"),
    AT("error.json.at",
            " at line {0}, column {1}"),
    ENDS_EARLY("error.json.endsEarly",
            " (it ends too early)"),
    TRAILING("error.json.trailing",
            "{0}: text after the end of the JSON value{1}"),
    INTEGER("error.json.integer",
            "{0} must be an integer from {1} to {2}, got {3}"),
    FINITE("error.json.finite",
            "{0} must be a finite number, got {1}"),
    BOOLEAN("error.json.boolean",
            "{0} must be true or false, got {1}"),
    BETWEEN("error.json.between",
            "{0} must be between {1} and {2}, got {3}"),
    NOTHING("error.json.nothing",
            "nothing");

    private final Text text;

    FileProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
