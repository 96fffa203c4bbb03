package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.gpt.HuggingFaceCache;
import deepmath.gpt.LoadedGpt2;
import deepmath.gpt.ShippedModel;
import deepmath.gpt.train.CorpusText;
import deepmath.hub.ModelLocation;
import deepmath.language.Cooccurrence;
import deepmath.language.EmbeddingGeometry;
import deepmath.language.TokenVectors;
import deepmath.language.VectorGeometry;
import deepmath.nd.Nd4jRuntime;
import deepmath.probability.NumberList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab embed similar|analogy|cosine}: chapter 17's embedding tools on a GPT-2 model's token vectors
 * or on co-occurrence vectors (PPMI + truncated SVD of a corpus), as JSON.
 */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Token vectors (book ch. 17 §4–5), as JSON:",
                "  embed cosine --words king,queen,man [--model DIR|REPO|cooccurrence]   or   --vectors \"2,3;4,4\"",
                "  embed similar --word dog [--top 10] [--model ...]",
                "  embed analogy --a king --b man --c woman [--expect queen] [--top 10] [--model ...]",
                "--model cooccurrence builds the vectors from --corpus (default: the shipped King James Version)."},
        subcommands = {EmbedCommand.Cosine.class, EmbedCommand.Similar.class, EmbedCommand.Analogy.class})
public final class EmbedCommand implements Callable<Integer> {
    static final int MAX_TOP = 1000;

    @Override
    public Integer call() {
        throw new BadInputException("give a subcommand: cosine, similar or analogy (see 'deepmath-lab embed --help')");
    }

    /** Where the vectors come from: the same options on each subcommand. */
    static final class Source {
        @Option(names = "--model", paramLabel = "DIR|REPO|cooccurrence",
                description = {"A GPT-2 folder or Hub repository id (default: gpt2 from the Hugging Face cache, else the",
                        "lab's own small model), or 'cooccurrence' for vectors made from --corpus."})
        String model;

        @Option(names = "--corpus", paramLabel = "FILE",
                description = "With --model cooccurrence: a text file (default: the shipped corpus).")
        Path corpus;

        @Option(names = "--vocabulary", paramLabel = "N", defaultValue = "500",
                description = "With --model cooccurrence: the N most frequent words (default: ${DEFAULT-VALUE}, the book's).")
        int vocabulary;

        @Option(names = "--window", paramLabel = "W", defaultValue = "2",
                description = "With --model cooccurrence: words up to W places apart co-occur (default: ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--dims", paramLabel = "K", defaultValue = "50",
                description = "With --model cooccurrence: the SVD keeps K dimensions (default: ${DEFAULT-VALUE}).")
        int dims;

        TokenVectors open() throws Exception {
            if ("cooccurrence".equals(model)) {
                String text = corpus == null ? CorpusText.shipped() : CorpusText.read(List.of(corpus));
                return TokenVectors.ofCooccurrence(Cooccurrence.ofText(text, vocabulary, window).embedding(dims));
            }
            if (corpus != null) {
                throw new BadInputException("--corpus goes with --model cooccurrence");
            }
            Path folder = model != null ? ModelLocation.resolve(model, HuggingFaceCache.forUser())
                    : HuggingFaceCache.forUser().snapshot("gpt2").or(ShippedModel::folderIfAny).orElseThrow(() ->
                    new BadInputException("no model: give --model DIR (a GPT-2 folder) or --model cooccurrence"));
            Nd4jRuntime.initialise();
            LoadedGpt2 gpt2 = LoadedGpt2.open(folder, Progress.NONE);
            return TokenVectors.ofGpt2(gpt2.model().tokenEmbeddings(), gpt2.tokenizer());
        }
    }

    static void checkTop(int top) {
        if (top < 1 || top > MAX_TOP) {
            throw new BadInputException("--top must be between 1 and " + MAX_TOP + ", got " + top);
        }
    }

    static ArrayNode neighbours(TokenVectors vectors, List<EmbeddingGeometry.Neighbour> list) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (EmbeddingGeometry.Neighbour nb : list) {
            ObjectNode row = out.addObject();
            row.put("token", vectors.name(nb.id()));
            row.put("id", nb.id());
            row.put("cosine", nb.cosine());
        }
        return out;
    }

    static int print(CommandSpec spec, ObjectNode json) throws Exception {
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(json));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    @Command(name = "cosine", mixinStandardHelpOptions = true,
            description = {"Cosine similarity and Euclidean distance between every two of the words (or vectors):",
                    "{\"items\", \"cosine\": [[...]], \"distance\": [[...]]}. The book's example: --vectors \"2,3;4,4\"",
                    "gives cosine 5/√26 ≈ 0.98 and distance √5 ≈ 2.24."})
    static final class Cosine implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Source source;

        @Option(names = "--words", paramLabel = "W1,W2,...", description = "Two or more tokens, comma-separated.")
        String words;

        @Option(names = "--vectors", paramLabel = "ROWS", description = "Two or more vectors, rows separated by ';'.")
        String vectors;

        @Override
        public Integer call() throws Exception {
            if ((words == null) == (vectors == null)) {
                throw new BadInputException("give either --words or --vectors");
            }
            List<String> items = new ArrayList<>();
            List<double[]> points = new ArrayList<>();
            if (vectors != null) {
                double[][] rows = NumberList.rows(vectors, "--vectors");
                for (int i = 0; i < rows.length; i++) {
                    items.add(NumberList.format(rows[i]));
                    points.add(rows[i]);
                }
            } else {
                TokenVectors table = source.open();
                for (String w : words.split(",")) {
                    if (!w.isBlank()) {
                        int id = table.id(w.strip());
                        items.add(table.name(id));
                        points.add(table.geometry().vector(id));
                    }
                }
            }
            if (points.size() < 2) {
                throw new BadInputException("give at least two " + (vectors != null ? "vectors" : "words"));
            }
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            ArrayNode names = json.putArray("items");
            items.forEach(names::add);
            ArrayNode cosine = json.putArray("cosine");
            ArrayNode distance = json.putArray("distance");
            for (double[] p : points) {
                ArrayNode c = cosine.addArray();
                ArrayNode d = distance.addArray();
                for (double[] q : points) {
                    c.add(VectorGeometry.cosine(p, q));
                    d.add(VectorGeometry.distance(p, q));
                }
            }
            return print(spec, json);
        }
    }

    @Command(name = "similar", mixinStandardHelpOptions = true,
            description = {"The tokens whose vectors point most the same way as the word's (itself left out):",
                    "{\"word\", \"id\", \"neighbours\": [{\"token\", \"id\", \"cosine\"}]}."})
    static final class Similar implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Source source;

        @Option(names = "--word", paramLabel = "W", required = true, description = "The token, e.g. dog.")
        String word;

        @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "How many (default: ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() throws Exception {
            checkTop(top);
            TokenVectors table = source.open();
            int id = table.id(word);
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("word", table.name(id));
            json.put("id", id);
            json.set("neighbours", neighbours(table, table.geometry().neighbours(id, top)));
            return print(spec, json);
        }
    }

    @Command(name = "analogy", mixinStandardHelpOptions = true,
            description = {"a − b + c and the tokens nearest to it by cosine, with and without a, b, c (the book's",
                    "king − man + woman: king comes first, queen second): {\"best\", \"best_without_inputs\"} and, with",
                    "--expect, \"rank\" and \"rank_without_inputs\" of that token (1 = first)."})
    static final class Analogy implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Source source;

        @Option(names = "--a", paramLabel = "A", required = true, description = "e.g. king")
        String a;

        @Option(names = "--b", paramLabel = "B", required = true, description = "e.g. man")
        String b;

        @Option(names = "--c", paramLabel = "C", required = true, description = "e.g. woman")
        String c;

        @Option(names = "--expect", paramLabel = "D", description = "The answer hoped for, e.g. queen: its rank.")
        String expect;

        @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "How many (default: ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() throws Exception {
            checkTop(top);
            TokenVectors table = source.open();
            int ia = table.id(a);
            int ib = table.id(b);
            int ic = table.id(c);
            int wanted = expect == null ? -1 : table.id(expect);
            EmbeddingGeometry.Analogy answer = table.geometry().analogy(ia, ib, ic, wanted, top);
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            ArrayNode inputs = json.putArray("inputs");
            for (int id : new int[] {ia, ib, ic}) {
                inputs.add(table.name(id));
            }
            json.set("best", neighbours(table, answer.best()));
            json.set("best_without_inputs", neighbours(table,
                    table.geometry().nearest(answer.vector(), top, java.util.Set.of(ia, ib, ic))));
            if (wanted >= 0) {
                json.put("expected", table.name(wanted));
                json.put("rank", answer.rankWithInputs());
                json.put("rank_without_inputs", answer.rankWithoutInputs());
            }
            return print(spec, json);
        }
    }
}
