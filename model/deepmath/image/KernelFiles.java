package deepmath.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.conv.Kernel;
import deepmath.conv.MatrixText;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.StrictJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * User kernels on disk: CSV (one row per line, entries separated by commas, fractions allowed, '#' starts a
 * comment) or JSON ({@code {"format": "deepmath-kernel", "rows": [[...], ...]}}), chosen by the extension.
 */
public final class KernelFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KernelFiles() {
    }

    public static Kernel read(Path file) {
        String name = file.getFileName().toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return isJson(file) ? fromJson(text, name) : fromCsv(text, name);
        } catch (IOException e) {
            throw new BadInputException(e, ImageProblem.KERNEL_UNREADABLE, name, deepmath.core.ReadProblem.of(e));
        }
    }

    public static void write(Kernel kernel, Path file) throws IOException {
        if (isJson(file)) {
            ObjectNode root = JSON.createObjectNode();
            root.put("format", "deepmath-kernel");
            ArrayNode rows = root.putArray("rows");
            for (double[] row : kernel.toRows()) {
                ArrayNode r = rows.addArray();
                for (double w : row) {
                    r.add(w);
                }
            }
            AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            StringBuilder out = new StringBuilder("# DeepMath Lab kernel, one row per line\n");
            for (double[] row : kernel.toRows()) {
                List<String> entries = new ArrayList<>();
                for (double w : row) {
                    entries.add(MatrixText.number(w));
                }
                out.append(String.join(",", entries)).append('\n');
            }
            AtomicFiles.writeString(file, out);
        }
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static Kernel fromCsv(String text, String name) {
        List<String> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String content = line.replaceAll("#.*", "").strip();
            if (!content.isEmpty()) {
                rows.add(content.replaceAll("[;\\s]*$", "").replaceAll("\\s*[,;\\t]\\s*|\\s+", ","));
            }
        }
        if (rows.isEmpty()) {
            throw new BadInputException(ImageProblem.KERNEL_NO_NUMBERS, name);
        }
        return Kernel.parse(String.join(";", rows));
    }

    static Kernel fromJson(String text, String name) {
        // Strict, like every JSON file of the lab: text after the object or a repeated key is refused.
        JsonNode root = StrictJson.parse(text, "kernel file '" + name + "'");
        JsonNode rows = root == null ? null : root.get("rows");
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            throw new BadInputException(ImageProblem.KERNEL_NO_ROWS, name);
        }
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            if (!row.isArray() || row.isEmpty()) {
                throw new BadInputException(ImageProblem.KERNEL_ROW, name, r + 1);
            }
            values[r] = new double[row.size()];
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isNumber()) {
                    throw new BadInputException(ImageProblem.KERNEL_ENTRY, name, r + 1, c + 1);
                }
                values[r][c] = row.get(c).asDouble();
            }
        }
        return Kernel.of(values);
    }
}
