package deepmath.app.function;

/** The user's own list of levels ("0, 0.5, 1"), checked here so the complaint is in the UI's language. */
final class UserLevels {
    private UserLevels() {
    }

    /** The first entry that is not a number, or null when the whole list reads (the same rule as Levels.parse). */
    static String firstBad(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        for (String part : trimmed.split("[,;\\s]+")) {
            try {
                Double.parseDouble(part);
            } catch (NumberFormatException e) {
                return part;
            }
        }
        return null;
    }
}
