package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.calculus.BookFunctions;
import deepmath.calculus.FunctionPreset;
import deepmath.core.BadInputException;
import deepmath.descent.DescentPreset;
import deepmath.nn.BookNetworks;
import deepmath.nn.Preset;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab presets [--lab LAB] [--chapter N]}: every preset with its chapter and book line, its names
 * and its content in the lab's own formats, as one JSON array.
 */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = {"List the presets (the book's examples) as JSON: [{\"key\", \"lab\", \"chapter\", \"bookLine\", "
                + "\"name\": {\"en\", \"fr\"}, ...}]",
                "with \"function\", \"variables\", \"start\", \"step\", \"steps\", \"method\", \"momentum\" (descent),",
                "\"network\" (the JSON of net --network) and \"data\" rows [x, y, label] or [x, target]."})
public final class PresetsCommand implements Callable<Integer> {
    static final List<String> LABS = List.of("surfaces", "level-sets", "descent", "network");

    @Spec
    CommandSpec spec;

    @Option(names = "--lab", paramLabel = "LAB", description = "Only this lab's presets: surfaces, level-sets, descent, network.")
    String lab;

    @Option(names = "--chapter", paramLabel = "N", description = "Only the presets of this chapter of the book.")
    Integer chapter;

    @Option(names = "--json", description = "JSON output (the default and only format).")
    boolean jsonFlag;

    @Override
    public Integer call() throws Exception {
        if (lab != null && !LABS.contains(lab)) {
            throw new BadInputException("--lab: unknown lab '" + lab + "' (known: " + String.join(", ", LABS) + ")");
        }
        PresetJson convert = new PresetJson();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode out = mapper.createArrayNode();
        if (wants("surfaces")) {
            for (FunctionPreset preset : BookFunctions.all()) {
                add(out, preset.book().chapter(), convert.function(preset));
            }
        }
        if ("level-sets".equals(lab)) {
            for (FunctionPreset preset : BookFunctions.surfaces()) {
                ObjectNode node = convert.function(preset);
                node.put("lab", "level-sets");
                add(out, preset.book().chapter(), node);
            }
        }
        if (wants("descent")) {
            for (DescentPreset preset : DescentPreset.all()) {
                add(out, preset.book().chapter(), convert.descent(preset));
            }
        }
        if (wants("network")) {
            for (Preset preset : BookNetworks.all()) {
                add(out, preset.book().chapter(), convert.network(preset));
            }
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.println(mapper.writeValueAsString(out));
        writer.flush();
        return Cli.OK;
    }

    private boolean wants(String name) {
        return lab == null || lab.equals(name);
    }

    private void add(ArrayNode out, int presetChapter, ObjectNode node) {
        if (chapter == null || chapter == presetChapter) {
            out.add(node);
        }
    }
}
