package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.gpt.train.CorpusText;
import deepmath.language.BytePairCodec;
import deepmath.language.BytePairLearner;
import deepmath.language.LanguageProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab bpe train}: the book's BPE algorithm (ch. 17 §3.4) on a corpus, merge by merge, as JSON. */
@Command(name = "bpe", mixinStandardHelpOptions = true,
        description = {"Byte-pair encoding learnt from a text (book ch. 17):",
                "  bpe train --corpus FILE --merges M [--encode TEXT]"},
        subcommands = BpeCommand.Train.class)
public final class BpeCommand implements Callable<Integer> {
    /** More merges than this would take minutes on a corpus; GPT-2's own tables are what tokenize --explain shows. */
    static final int MAX_MERGES = 5000;

    @Override
    public Integer call() {
        throw new BadInputException("give a subcommand: train (see 'deepmath-lab bpe --help')");
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Learn at most M merges (fewer when no pair of symbols occurs twice any more, as the book",
                    "stops); words are what white space separates, each starts as its characters. Prints",
                    "{\"words\", \"initial_vocabulary\", \"merges\": [{\"rank\", \"left\", \"right\", \"token\", \"count\",",
                    "\"vocabulary_size\"}], \"vocabulary\"} and, with --encode, \"encoded\": [{\"word\", \"tokens\", \"ids\"}]",
                    "(ids from 1 in vocabulary order, 0 for a character never seen).",
                    "The book's example: a file holding 'ab ab abc dbac bacde' gives ab (3), ba (2), bac (2)."})
    static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", paramLabel = "FILE", required = true,
                description = "A UTF-8 text file (or .gz); 'shipped' for the King James Version the lab ships.")
        String corpus;

        @Option(names = "--merges", paramLabel = "M", required = true,
                description = "How many merges at most (1 to " + MAX_MERGES + ").")
        int merges;

        @Option(names = "--encode", paramLabel = "TEXT", description = "A text to encode with the merges learnt.")
        String encode;

        @Override
        public Integer call() throws Exception {
            if (merges < 1 || merges > MAX_MERGES) {
                throw new BadInputException(LanguageProblem.MERGES, merges, MAX_MERGES);
            }
            String text = corpus.equals("shipped") ? CorpusText.shipped() : CorpusText.read(List.of(Path.of(corpus)));
            List<String> words = BytePairLearner.words(text);
            if (words.isEmpty()) {
                throw new BadInputException(LanguageProblem.NO_WORDS, corpus);
            }
            BytePairLearner bpe = BytePairLearner.ofWords(words);
            int initial = bpe.initialVocabularySize();
            List<BytePairLearner.Merge> learnt = bpe.learn(merges);
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("words", bpe.wordCount());
            ArrayNode start = json.putArray("initial_vocabulary");
            bpe.vocabulary().subList(0, initial).forEach(start::add);
            ArrayNode list = json.putArray("merges");
            for (BytePairLearner.Merge m : learnt) {
                ObjectNode row = list.addObject();
                row.put("rank", m.rank());
                row.put("left", m.pair().left());
                row.put("right", m.pair().right());
                row.put("token", m.token());
                row.put("count", m.count());
                row.put("vocabulary_size", m.vocabularySize());
            }
            ArrayNode vocabulary = json.putArray("vocabulary");
            bpe.vocabulary().forEach(vocabulary::add);
            if (encode != null) {
                ArrayNode encoded = json.putArray("encoded");
                for (BytePairCodec.EncodedWord w : bpe.codec().encode(encode)) {
                    ObjectNode row = encoded.addObject();
                    row.put("word", w.word());
                    ArrayNode tokens = row.putArray("tokens");
                    w.tokens().forEach(tokens::add);
                    ArrayNode ids = row.putArray("ids");
                    for (int id : w.ids()) {
                        ids.add(id);
                    }
                }
            }
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(json));
            spec.commandLine().getOut().flush();
            return Cli.OK;
        }
    }
}
