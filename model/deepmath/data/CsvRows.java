package deepmath.data;

import deepmath.core.DecimalText;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a CSV file that hold data, by the one set of rules both readers follow (data sets,
 * {@link CsvData}, and the descent lab's points, {@code deepmath.descent.PointCloud}): commas, semicolons or tabs
 * separate the cells; blank lines and lines starting with # are skipped; the first other line is a header, and
 * skipped, only when none of its cells is a number; a cell in double quotes (as spreadsheets export them) is
 * read without them.
 */
public final class CsvRows {
    /** A data line: its number in the file (from 1), its text (trimmed) and its cells as written (see {@link #unquoted}). */
    public record Row(int line, String text, String[] cells) {
    }

    private CsvRows() {
    }

    public static List<Row> read(BufferedReader lines) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        boolean first = true;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split("\\s*[,;\\t]\\s*", -1);
            boolean header = first && isHeader(cells);
            first = false;
            if (!header) {
                rows.add(new Row(number, trimmed, cells));
            }
        }
        return rows;
    }

    /**
     * Only the first line (blank and comment lines aside) may be a header, and only when none of its cells is
     * a number: a later line of words, or a first line mixing words and numbers, is refused naming its line
     * rather than silently dropped.
     */
    public static boolean isHeader(String[] cells) {
        for (String cell : cells) {
            if (cell.isEmpty() || DecimalText.isNumber(unquoted(cell))) {
                return false;
            }
        }
        return true;
    }

    /** A cell without the double quotes around it, if it has them. */
    public static String unquoted(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).strip() : cell;
    }
}
