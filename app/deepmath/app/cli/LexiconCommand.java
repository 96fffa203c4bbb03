package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.lexicon.Lexicon;
import deepmath.lexicon.LexiconEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab lexicon [--search TEXT] [--group G] [--json]}: the book's French/English lexicon (appendix,
 * § 4), the pairs whose terms contain TEXT (case and accents ignored: "epoque" finds "époque").
 */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = {"The book's French/English lexicon (appendix, § 4): one pair a line, 'French = English',",
                "alternatives separated by ' / ', the abbreviation in brackets, then the labs where the notion is met;",
                "--json: [{\"id\", \"group\", \"bookLine\", \"french\": [..], \"english\": [..], \"abbreviation\", \"labs\": [..]}]."})
public final class LexiconCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only the pairs with TEXT in a French or English term or the abbreviation (case and accents ignored).")
    String search;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "Only one of the book's groups: network, chatgpt, mathematics, descent.")
    String group;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (search != null && search.isBlank()) {
            throw new BadInputException("--search: give a word to look for (French or English)");
        }
        if (group != null && !Lexicon.GROUPS.contains(group)) {
            throw new BadInputException("--group: unknown group '" + group + "' (known: "
                    + String.join(", ", Lexicon.GROUPS) + ")");
        }
        List<LexiconEntry> pairs = Lexicon.shipped().search(search == null ? "" : search).stream()
                .filter(e -> group == null || e.group().equals(group)).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(pairs));
        } else {
            pairs.forEach(e -> out.println(line(e)));
        }
        out.flush();
        return Cli.OK;
    }

    static String line(LexiconEntry e) {
        return String.join(" / ", e.french()) + " = " + String.join(" / ", e.english())
                + e.abbreviation().map(a -> " (" + a + ")").orElse("")
                + "  [" + String.join(", ", e.where().stream().map(LexiconEntry.Place::lab).distinct().toList()) + "]";
    }

    private static String json(List<LexiconEntry> pairs) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (LexiconEntry e : pairs) {
            ObjectNode node = array.addObject();
            node.put("id", e.id());
            node.put("group", e.group());
            node.put("bookLine", e.bookLine());
            e.french().forEach(node.putArray("french")::add);
            e.english().forEach(node.putArray("english")::add);
            e.abbreviation().ifPresentOrElse(a -> node.put("abbreviation", a), () -> node.putNull("abbreviation"));
            ArrayNode labs = node.putArray("labs");
            e.where().stream().map(LexiconEntry.Place::lab).distinct().forEach(labs::add);
        }
        return mapper.writeValueAsString(array);
    }
}
