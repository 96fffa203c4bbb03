package deepmath.app.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabCatalog;
import deepmath.app.lab.LabContext;
import deepmath.app.session.SessionData;
import deepmath.app.session.SessionFile;
import deepmath.app.task.BackgroundTasks;
import deepmath.core.BadInputException;
import deepmath.core.StrictJson;
import deepmath.core.TextMutations;
import deepmath.viz.i18n.I18n;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session files mutated at random — the text damaged, or values in the labs' parts replaced by other JSON
 * (awkward numbers, wrong types, removed fields) — are each read and checked by the real labs: accepted, or
 * refused in one {@link BadInputException} line; never another exception.
 */
class SessionPropertiesTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<JsonNode> VALUES = List.of(F.numberNode(0), F.numberNode(-1), F.numberNode(2.5),
            F.numberNode(1e308), F.numberNode(-1e308), F.numberNode(1e-320), F.numberNode(4294967298L),
            F.numberNode(new BigInteger("18446744073709551617")), F.numberNode(7), F.numberNode(0.5), F.textNode(""),
            F.textNode("x"), F.textNode("1"), F.textNode("\u0000"), F.textNode("sgd"), F.textNode("x,y\n1,2\n"),
            F.nullNode(), F.booleanNode(true), F.arrayNode(), F.arrayNode().add(1).add(2), F.objectNode(),
            F.objectNode().put("a", 1));
    private static BackgroundTasks tasks;
    private static SessionController controller;
    private static Path file;

    @BeforeContainer
    static void labs() throws Exception {
        FxToolkit.registerPrimaryStage();
        tasks = new BackgroundTasks((title, e) -> { });
        controller = WaitForAsyncUtils.asyncFx(() -> {
            List<Lab> labs = List.copyOf(LabCatalog.create(new LabContext(new I18n(Locale.ENGLISH), tasks, (title, e) -> { },
                    new SimpleBooleanProperty(true), () -> null)));
            return new SessionController(labs);
        }).get();
        file = Files.createTempFile("session", ".json");
    }

    @AfterContainer
    static void close() throws Exception {
        tasks.close();
        Files.deleteIfExists(file);
    }

    private static ObjectNode validFile() {
        ObjectNode root = F.objectNode();
        root.put("format", SessionFile.FORMAT);
        root.put("version", SessionFile.VERSION);
        root.put("activeLab", "descent");
        root.put("language", "fr");
        ObjectNode labs = root.putObject("labs");
        labs.set("surfaces", StrictJson.parse("{\"formula\": \"x*y + a\", \"mode\": \"curve\", \"window\": [-2, 2, -1, 1],"
                + " \"resolution\": 40, \"parameters\": {\"a\": 0.5}, \"picked\": [0.5, 0.25]}", "s"));
        labs.set("descent", StrictJson.parse("{\"preset\": \"book-2-1\", \"method\": \"momentum\", \"step\": 0.2,"
                + " \"mu\": 0.8, \"race\": [\"adam\"], \"batch\": 0, \"steps\": 3}", "d"));
        labs.set("network", StrictJson.parse("{\"preset\": \"xor\", \"network\": {\"inputs\": 2, \"layers\": [{\"activation\":"
                + " \"heaviside\", \"weights\": [[1, 1]], \"biases\": [-1]}]}, \"data\": \"x,y,label\\n0,0,0\\n1,1,1\\n\","
                + " \"domain\": [-2, 2, -2, 2], \"slice\": 0.5}", "n"));
        labs.set("digits", StrictJson.parse("{\"model\": \"dense\", \"tab\": 1,"
                + " \"strokes\": [{\"points\": [10, 10, 40, 60], \"erase\": false}]}", "g"));
        labs.set("convolution", StrictJson.parse("{\"tab\": \"image\", \"signal\": {\"preset\": \"steps\"},"
                + " \"matrix\": {\"input\": \"1,2;3,4\", \"kernel\": \"1\", \"spec\": {\"operation\": \"correlation\","
                + " \"size\": \"valid\", \"padding\": \"reflect\", \"stride\": 1, \"dilation\": 1}},"
                + " \"image\": {\"chain\": [{\"kernel\": \"1,0;0,1\"}], \"channels\": \"grey\", \"tone\": \"rescale\","
                + " \"pooling\": \"max\", \"poolSize\": 2}}", "c"));
        labs.set("attention", StrictJson.parse("{\"text\": \"hello\", \"layer\": 0, \"head\": 0, \"heads\": [0, 1],"
                + " \"tab\": 2, \"matrix\": \"scores\", \"residual\": true, \"temperature\": 1}", "a"));
        return root;
    }

    /** Replace (or remove) the node picked by {@code where} among every field and element of the file. */
    record Mutation(double where, int value, boolean remove) {
        void apply(ObjectNode root) {
            List<Object[]> slots = new ArrayList<>();
            collect(root, slots);
            Object[] slot = slots.get((int) Math.min(slots.size() - 1, Math.floor(where * slots.size())));
            JsonNode replacement = VALUES.get(value).deepCopy();
            if (slot[0] instanceof ObjectNode object) {
                if (remove) {
                    object.remove((String) slot[1]);
                } else {
                    object.set((String) slot[1], replacement);
                }
            } else {
                ArrayNode array = (ArrayNode) slot[0];
                if (remove) {
                    array.remove((Integer) slot[1]);
                } else {
                    array.set((Integer) slot[1], replacement);
                }
            }
        }

        private static void collect(JsonNode node, List<Object[]> slots) {
            if (node instanceof ObjectNode object) {
                object.fieldNames().forEachRemaining(name -> {
                    slots.add(new Object[] {object, name});
                    collect(object.get(name), slots);
                });
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    slots.add(new Object[] {array, i});
                    collect(array.get(i), slots);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, VALUES.size() - 1),
                Arbitraries.of(false, false, false, true)).as(Mutation::new).list().ofMinSize(1).ofMaxSize(3);
    }

    private static void readAndPrepare(String text) throws Exception {
        Files.writeString(file, text);
        try {
            SessionData session = new SessionFile().read(file);
            controller.prepare(session);
        } catch (BadInputException e) {
            TextMutations.assertOneLine(e);
        }
    }

    @Property(tries = 1000)
    void aSessionWithRandomValuesIsCheckedOrRefusedInOneLine(@ForAll("mutations") List<Mutation> mutations)
            throws Exception {
        ObjectNode root = validFile();
        mutations.forEach(m -> m.apply(root));
        readAndPrepare(root.toString());
    }

    @Property(tries = 1000)
    void aDamagedSessionTextIsReadOrRefusedInOneLine(@ForAll("edits") List<TextMutations.Edit> edits) throws Exception {
        String text = validFile().toPrettyString();
        for (TextMutations.Edit edit : edits) {
            text = edit.apply(text);
        }
        readAndPrepare(text);
    }

    @Provide
    Arbitrary<List<TextMutations.Edit>> edits() {
        return TextMutations.edits().list().ofMinSize(1).ofMaxSize(3);
    }

    /** The valid file itself is accepted (so the properties above start from a session the labs take). */
    @net.jqwik.api.Example
    void theValidSessionIsAccepted() throws Exception {
        Files.writeString(file, validFile().toString());
        SessionData session = new SessionFile().read(file);
        Map<String, JsonNode> labs = session.labs();
        if (labs.size() != 6) {
            throw new AssertionError(labs.keySet().toString());
        }
        controller.prepare(session);
    }
}
