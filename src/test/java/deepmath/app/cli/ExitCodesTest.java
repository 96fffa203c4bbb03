package deepmath.app.cli;

import static deepmath.app.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.cli.CliTest.Run;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.RandomGpt2;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The README's promise, for every subcommand: exit status 0 success, 1 failure, 2 usage error or bad input;
 * one line on stderr ("deepmath-lab: ..."), no stack trace, no exception class name. Representative bad inputs
 * for each: missing, empty, truncated, wrong type, out of range, unwritable output. Every case stops before
 * any long work (no training runs, no model bigger than a few hundred kilobytes).
 */
class ExitCodesTest {
    /** A Java type name in the message means an exception escaped as itself, not as a sentence for the user. */
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b");
    private static final Gpt2Config TINY = new Gpt2Config(1, 2, 8, 16, 50257, 1e-5);

    @TempDir
    static Path dir;
    static Path empty;
    static Path text;
    static Path notAFolder;
    static Path network;
    static Path truncatedJson;
    static Path trailingJson;
    static Path overflowJson;
    static Path data;
    static Path textRowCsv;
    static Path javaNumberCsv;
    static Path threeInputCsv;
    static Path truncatedPng;
    static Path truncatedZip;
    static Path model;
    static Path truncatedModel;
    static Path damagedVocab;
    static Path picture;

    @BeforeAll
    static void files() throws IOException {
        empty = Files.createFile(dir.resolve("empty.txt"));
        text = Files.writeString(dir.resolve("words.txt"), "no numbers here\n");
        notAFolder = text.resolve("out"); // its parent is a file: unwritable, even for root
        network = Files.writeString(dir.resolve("net.json"),
                "{\"inputs\":2,\"layers\":[{\"activation\":\"sigmoid\",\"weights\":[[1,2]],\"biases\":[0]}]}");
        truncatedJson = Files.writeString(dir.resolve("truncated.json"), "{\"inputs\":2,\"layers\":[{\"activ");
        trailingJson = Files.writeString(dir.resolve("trailing.json"), Files.readString(network) + " }");
        overflowJson = Files.writeString(dir.resolve("overflow.json"),
                Files.readString(network).replace("\"inputs\":2", "\"inputs\":4294967298"));
        data = Files.writeString(dir.resolve("data.csv"), "x,y,label\n0,0,0\n1,1,1\n");
        textRowCsv = Files.writeString(dir.resolve("text-row.csv"), "x,y,label\n0,0,0\nsee below\n1,1,1\n");
        javaNumberCsv = Files.writeString(dir.resolve("java.csv"), "x,y,label\n0x1p-1,0,0\n1,1f,1\n");
        threeInputCsv = Files.writeString(dir.resolve("three.csv"), "x,y,z,t\n0,0,0,1\n");
        truncatedPng = Files.write(dir.resolve("truncated.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        truncatedZip = Files.write(dir.resolve("truncated.zip"), new byte[] {'P', 'K', 3, 4, 20, 0});
        model = Files.createDirectories(dir.resolve("model"));
        Gpt2Checkpoint.write(model, TINY, RandomGpt2.tensors(TINY, 3, ""));
        truncatedModel = Files.createDirectories(dir.resolve("truncated-model"));
        Files.copy(model.resolve(Gpt2Checkpoint.CONFIG), truncatedModel.resolve(Gpt2Checkpoint.CONFIG));
        byte[] weights = Files.readAllBytes(model.resolve(Gpt2Checkpoint.WEIGHTS));
        Files.write(truncatedModel.resolve(Gpt2Checkpoint.WEIGHTS), java.util.Arrays.copyOf(weights, weights.length / 2));
        picture = dir.resolve("small.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(6, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", picture.toFile());
        damagedVocab = Files.createDirectories(dir.resolve("damaged-vocab"));
        Files.writeString(damagedVocab.resolve("vocab.json"), "{\"a\": 0, \"b\" 1}");
        Files.writeString(damagedVocab.resolve("merges.txt"), "#version: 0.2\n");
    }

    private static Arguments bad(String what, int exit, Object... args) {
        return Arguments.of(what, exit, Stream.of(args).map(String::valueOf).toArray(String[]::new));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("root: unknown option", 2, "--frobnicate"),
                bad("root: unknown command", 2, "frobnicate"),
                // eval
                bad("eval: missing formula", 2, "eval"),
                bad("eval: empty formula", 2, "eval", "--function", ""),
                bad("eval: truncated formula", 2, "eval", "--function", "x*(y+"),
                bad("eval: wrong type", 2, "eval", "--function", "x", "--at", "x=abc"),
                bad("eval: Java-style number", 2, "eval", "--function", "x", "--at", "x=0x1p-1"),
                bad("eval: out of range", 2, "eval", "--function", "x", "--at", "x=1e400"),
                bad("eval: unknown preset", 2, "eval", "--preset", "frobnicate"),
                // render (bad input is refused before anything is drawn)
                bad("render: missing --out", 2, "render", "contour", "--function", "x*y"),
                bad("render: unknown kind", 2, "render", "cube", "--function", "x*y", "--out", dir.resolve("r.png")),
                bad("render: wrong type", 2, "render", "contour", "--function", "x*y", "--range", "a:b,0:1",
                        "--out", dir.resolve("r.png")),
                bad("render: out of range", 2, "render", "contour", "--function", "x*y", "--range",
                        "-1e308:1e308,-1:1", "--out", dir.resolve("r.png")),
                bad("render: empty interval", 2, "render", "contour", "--function", "x*y", "--range", "1:1,0:1",
                        "--out", dir.resolve("r.png")),
                bad("render: unwritable output", 1, "render", "contour", "--function", "x*y", "--width", "120",
                        "--height", "100", "--out", notAFolder),
                bad("render: unknown preset", 2, "render", "contour", "--preset", "frobnicate", "--out", dir.resolve("r.png")),
                bad("render: width wrong type", 2, "render", "contour", "--function", "x", "--width", "wide",
                        "--out", dir.resolve("r.png")),
                // descent
                bad("descent: missing formula", 2, "descent", "--start", "1"),
                bad("descent: unknown preset", 2, "descent", "--preset", "frobnicate"),
                bad("descent: wrong count", 2, "descent", "--function", "a^2+b^2", "--start", "1"),
                bad("descent: trailing comma", 2, "descent", "--function", "a^2", "--start", "1,"),
                bad("descent: wrong type", 2, "descent", "--function", "a^2", "--start", "one"),
                bad("descent: NaN step", 2, "descent", "--function", "a^2", "--start", "1", "--lr", "NaN"),
                bad("descent: out of range", 2, "descent", "--function", "a^2", "--start", "1", "--steps", "-1"),
                bad("descent: unwritable output", 1, "descent", "--function", "a^2", "--start", "1", "--steps", "2",
                        "--csv", notAFolder),
                // net
                bad("net: missing network", 2, "net", "--eval", "1,2"),
                bad("net: unknown preset", 2, "net", "--preset", "frobnicate", "--eval", "1,2"),
                // model
                bad("model: no subcommand", 2, "model"),
                bad("model summary: missing --spec", 2, "model", "summary"),
                bad("model summary: no such file", 2, "model", "summary", "--spec", dir.resolve("none.json")),
                bad("model summary: truncated JSON", 2, "model", "summary", "--spec", truncatedJson),
                bad("model summary: a network, not a model", 2, "model", "summary", "--spec", network),
                bad("model train: neither spec nor resume", 2, "model", "train", "--data", "mnist"),
                bad("model train: unknown data", 2, "model", "train", "--spec", network, "--data", "frobnicate"),
                bad("model train: missing resume file", 2, "model", "train", "--resume", dir.resolve("none.zip"),
                        "--data", "mnist"),
                bad("model train: unwritable output", 1, "model", "train", "--spec", network, "--data", "mnist",
                        "--out", notAFolder.resolve("w.zip")),
                bad("model eval: missing weights", 2, "model", "eval", "--weights", dir.resolve("none.zip"),
                        "--data", "mnist:test"),
                bad("model eval: truncated weights", 2, "model", "eval", "--weights", truncatedZip, "--data", "mnist"),
                bad("model predict: empty weights", 2, "model", "predict", "--weights", empty, "--input", "1"),
                bad("model predict: no input", 2, "model", "predict", "--weights", dir.resolve("none.zip")),
                // presets
                bad("presets: unknown lab", 2, "presets", "--lab", "chemistry"),
                bad("presets: chapter wrong type", 2, "presets", "--chapter", "five"),
                // lexicon
                bad("lexicon: blank search", 2, "lexicon", "--search", " "),
                bad("lexicon: unknown group", 2, "lexicon", "--group", "chemistry"),
                bad("lexicon: unknown option", 2, "lexicon", "--serch", "pas"),
                bad("net: no such file", 2, "net", "--network", dir.resolve("none.json"), "--eval", "1,2"),
                bad("net: empty file", 2, "net", "--network", empty, "--eval", "1,2"),
                bad("net: truncated JSON", 2, "net", "--network", truncatedJson, "--eval", "1,2"),
                bad("net: trailing garbage", 2, "net", "--network", trailingJson, "--eval", "1,2"),
                bad("net: overflowing size", 2, "net", "--network", overflowJson, "--eval", "1,2"),
                bad("net: wrong type", 2, "net", "--network", text, "--eval", "1,2"),
                bad("net: wrong count", 2, "net", "--network", network, "--eval", "1"),
                bad("net: NaN point", 2, "net", "--network", network, "--eval", "NaN,1"),
                bad("net: text row in CSV", 2, "net", "--network", network, "--train", textRowCsv, "--epochs", "1"),
                bad("net: Java numbers in CSV", 2, "net", "--network", network, "--train", javaNumberCsv, "--epochs", "1"),
                bad("net: data the network cannot take", 2, "net", "--network", network, "--train", threeInputCsv,
                        "--epochs", "1"),
                bad("net: empty CSV", 2, "net", "--network", network, "--train", empty, "--epochs", "1"),
                bad("net: out of range", 2, "net", "--network", network, "--train", data, "--epochs", "0"),
                bad("net: epochs wrong type", 2, "net", "--network", network, "--train", data, "--epochs", "many"),
                bad("net: unwritable output", 1, "net", "--network", network, "--train", data, "--epochs", "1",
                        "--out", notAFolder),
                // tokenize
                bad("tokenize: missing text", 2, "tokenize"),
                bad("tokenize: missing vocabulary", 2, "tokenize", "--text", "hi", "--vocab", dir.resolve("none")),
                bad("tokenize: folder without vocabulary", 2, "tokenize", "--text", "hi", "--vocab", dir),
                bad("tokenize: damaged vocabulary", 2, "tokenize", "--text", "hi", "--vocab", damagedVocab),
                bad("tokenize: explain without text", 2, "tokenize", "--explain"),
                // bpe, embed (chapter 17)
                bad("bpe: no subcommand", 2, "bpe"),
                bad("bpe train: missing corpus", 2, "bpe", "train", "--corpus", dir.resolve("none.txt"), "--merges", "3"),
                bad("bpe train: empty corpus", 2, "bpe", "train", "--corpus", empty, "--merges", "3"),
                bad("bpe train: out of range", 2, "bpe", "train", "--corpus", text, "--merges", "0"),
                bad("bpe train: wrong type", 2, "bpe", "train", "--corpus", text, "--merges", "many"),
                bad("embed: no subcommand", 2, "embed"),
                bad("embed cosine: neither words nor vectors", 2, "embed", "cosine"),
                bad("embed cosine: vectors of different dimensions", 2, "embed", "cosine", "--vectors", "1,2;1,2,3"),
                bad("embed cosine: one vector", 2, "embed", "cosine", "--vectors", "1,2"),
                bad("embed cosine: not a number", 2, "embed", "cosine", "--vectors", "1,x;2,3"),
                bad("embed similar: word not in the table", 2, "embed", "similar", "--word", "zebra", "--model",
                        "cooccurrence", "--corpus", text, "--vocabulary", "3", "--dims", "2"),
                bad("embed similar: empty corpus", 2, "embed", "similar", "--word", "no", "--model", "cooccurrence",
                        "--corpus", empty),
                bad("embed similar: out of range", 2, "embed", "similar", "--word", "no", "--top", "0"),
                bad("embed similar: too many dimensions", 2, "embed", "similar", "--word", "no", "--model",
                        "cooccurrence", "--corpus", text, "--vocabulary", "3", "--dims", "9"),
                bad("embed analogy: missing model", 2, "embed", "analogy", "--a", "x", "--b", "y", "--c", "z",
                        "--model", dir.resolve("none")),
                bad("embed analogy: missing word", 2, "embed", "analogy", "--a", "x", "--b", "y"),
                // attention
                bad("attention: missing text", 2, "attention", "--model", model),
                bad("attention: empty text", 2, "attention", "--model", model, "--text", ""),
                bad("attention: missing model", 2, "attention", "--model", dir.resolve("none"), "--text", "hi"),
                bad("attention: not a model", 2, "attention", "--model", dir, "--text", "hi"),
                bad("attention: truncated weights", 2, "attention", "--model", truncatedModel, "--text", "hi"),
                bad("attention: NaN temperature", 2, "attention", "--model", model, "--text", "hi", "--temperature", "NaN"),
                bad("attention: top out of range", 2, "attention", "--model", model, "--text", "hi", "--top", "0"),
                bad("attention: head out of range", 2, "attention", "--model", model, "--text", "hi", "--layer", "0",
                        "--head", "9"),
                bad("attention: wrong type", 2, "attention", "--model", model, "--text", "hi", "--top", "ten"),
                bad("attention: unwritable output", 1, "attention", "--model", model, "--text", "hi", "--out", notAFolder),
                bad("generate: missing text", 2, "generate", "--model", model),
                bad("generate: empty text", 2, "generate", "--model", model, "--text", ""),
                bad("generate: not a model", 2, "generate", "--model", dir, "--text", "hi"),
                bad("generate: zero temperature", 2, "generate", "--model", model, "--text", "hi", "--temperature", "0"),
                bad("generate: top-k 0", 2, "generate", "--model", model, "--text", "hi", "--top-k", "0"),
                bad("generate: top-p above 1", 2, "generate", "--model", model, "--text", "hi", "--top-p", "1.5"),
                bad("generate: top-k and top-p", 2, "generate", "--model", model, "--text", "hi", "--top-k", "5",
                        "--top-p", "0.9"),
                bad("generate: unknown sampling", 2, "generate", "--model", model, "--text", "hi", "--sampling", "beam"),
                bad("generate: top-p without p", 2, "generate", "--model", model, "--text", "hi", "--sampling", "top-p"),
                bad("generate: negative count", 2, "generate", "--model", model, "--text", "hi", "--max-new-tokens", "-1"),
                bad("generate: unwritable output", 1, "generate", "--model", model, "--text", "hi", "--out", notAFolder),
                // models: every refusal before the first request; a Hub that does not answer is a failure (1)
                bad("models: no subcommand", 2, "models"),
                bad("models pull: missing repo", 2, "models", "pull"),
                bad("models pull: not a repo id", 2, "models", "pull", "../etc", "--cache", dir.resolve("hub")),
                bad("models pull: bad revision", 2, "models", "pull", "gpt2", "--revision", "../x", "--cache",
                        dir.resolve("hub")),
                bad("models pull: bad endpoint", 2, "models", "pull", "gpt2", "--endpoint", "ftp://x", "--cache",
                        dir.resolve("hub")),
                bad("models pull: no Hub there", 1, "models", "pull", "gpt2", "--endpoint", "http://127.0.0.1:1",
                        "--cache", dir.resolve("hub")),
                bad("models list: cache is a file", 2, "models", "list", "--cache", text),
                // data: an unknown set is the user's (2); a registry that does not answer is a failure (1)
                bad("data: no subcommand", 2, "data"),
                bad("data pull: missing name", 2, "data", "pull"),
                bad("data pull: unknown set", 2, "data", "pull", "mnist-full", "--cache", dir.resolve("data")),
                bad("data pull: bad registry", 2, "data", "pull", "imdb", "--registry", "ftp://x", "--cache",
                        dir.resolve("data")),
                bad("data pull: no registry there", 1, "data", "pull", "imdb", "--registry", "http://127.0.0.1:1",
                        "--cache", dir.resolve("data")),
                bad("data list: cache is a file", 2, "data", "list", "--cache", text),
                // conv
                // tensor
                bad("tensor: ragged tensor", 2, "tensor", "--a", "[[1, 2], [3]]"),
                bad("tensor: shape that does not fit", 2, "tensor", "--a", "[1, 2, 3]", "--op", "reshape", "--shape", "2,2"),
                bad("tensor: unknown operation", 2, "tensor", "--a", "[1, 2]", "--op", "fold"),
                bad("tensor: no tensor", 2, "tensor"),
                bad("conv: missing kernel", 2, "conv", "--matrix", "1,2;3,4"),
                bad("conv: ragged matrix", 2, "conv", "--matrix", "1,2;3", "--kernel", "1"),
                bad("conv: unknown kernel", 2, "conv", "--matrix", "1,2;3,4", "--kernel", "warp"),
                bad("conv: out of range", 2, "conv", "--matrix", "1,2;3,4", "--kernel", "1", "--stride", "0"),
                bad("conv: missing image", 2, "conv", "--image", dir.resolve("none.png"), "--kernel", "blur",
                        "--out", dir.resolve("o.png")),
                bad("conv: empty image", 2, "conv", "--image", empty, "--kernel", "blur", "--out", dir.resolve("o.png")),
                bad("conv: truncated image", 2, "conv", "--image", truncatedPng, "--kernel", "blur",
                        "--out", dir.resolve("o.png")),
                bad("conv: text as image", 2, "conv", "--image", text, "--kernel", "blur", "--out", dir.resolve("o.png")),
                // conv and digits train check the output's folder before working: a write error (1), said at once.
                bad("conv: unwritable output", 1, "conv", "--image", picture, "--kernel", "blur", "--out", notAFolder),
                // prob
                bad("prob: no subcommand", 2, "prob"),
                bad("prob softmax: not a number", 2, "prob", "softmax", "--values", "1,two,3"),
                bad("prob softmax: empty", 2, "prob", "softmax", "--values", " , "),
                bad("prob softmax: out of range", 2, "prob", "softmax", "--values", "1,2", "--temperature", "0"),
                bad("prob softmax: wrong type", 2, "prob", "softmax", "--values", "1,2", "--temperature", "hot"),
                bad("prob loss: unknown kind", 2, "prob", "loss", "--kind", "hinge", "--target", "1", "--predicted", "1"),
                bad("prob loss: lengths", 2, "prob", "loss", "--kind", "mse", "--target", "1,2", "--predicted", "1"),
                bad("prob loss: not a probability", 2, "prob", "loss", "--kind", "bce", "--target", "1",
                        "--predicted", "1.5"),
                bad("prob loss: log domain", 2, "prob", "loss", "--kind", "msle", "--target", "-2", "--predicted", "1"),
                bad("prob loss: ragged rows", 2, "prob", "loss", "--kind", "cce", "--target", "0,1;1,0",
                        "--predicted", "0.5,0.5;1"),
                bad("prob loss: missing target", 2, "prob", "loss", "--kind", "mse", "--predicted", "1"),
                bad("prob normalise: unknown method", 2, "prob", "normalise", "--values", "1,2", "--method", "zscore"),
                bad("prob normalise: constant data", 2, "prob", "normalise", "--values", "4,4,4"),
                bad("prob normalise: infinite", 2, "prob", "normalise", "--values", "1,1e400"),
                // linalg, positions (chapter 18)
                bad("linalg: no subcommand", 2, "linalg"),
                bad("linalg min-norm: dependent rows", 2, "linalg", "min-norm", "--matrix", "1,2;2,4", "--target", "1,2"),
                bad("linalg min-norm: target length", 2, "linalg", "min-norm", "--matrix", "1,2;3,4", "--target", "1"),
                bad("linalg min-norm: ragged", 2, "linalg", "min-norm", "--matrix", "1,2;3", "--target", "1,2"),
                bad("linalg min-norm: not a number", 2, "linalg", "min-norm", "--matrix", "1,x", "--target", "1"),
                bad("linalg kron: ragged", 2, "linalg", "kron", "--a", "1,2;3", "--b", "1"),
                bad("linalg kron: missing b", 2, "linalg", "kron", "--a", "1,2"),
                bad("linalg kron: infinite", 2, "linalg", "kron", "--a", "1e400", "--b", "1"),
                bad("positions: odd dimension", 2, "positions", "--dim", "5", "--count", "3"),
                bad("positions: no positions", 2, "positions", "--dim", "4", "--count", "0"),
                bad("positions: base", 2, "positions", "--dim", "4", "--count", "2", "--base", "1"),
                bad("positions: wrong type", 2, "positions", "--dim", "four", "--count", "2"),
                // digits
                bad("digits: no subcommand", 2, "digits", "--frobnicate"),
                bad("digits train: unknown model", 2, "digits", "train", "--model", "rnn", "--out", dir.resolve("w.zip")),
                bad("digits train: out of range", 2, "digits", "train", "--model", "dense", "--epochs", "0",
                        "--out", dir.resolve("w.zip")),
                bad("digits train: unwritable output", 1, "digits", "train", "--model", "dense", "--out",
                        notAFolder.resolve("w.zip")),
                bad("digits eval: unknown model", 2, "digits", "eval", "--model", "rnn"),
                bad("digits eval: missing weights", 2, "digits", "eval", "--model", "cnn", "--weights",
                        dir.resolve("none.zip")),
                bad("digits eval: empty weights", 2, "digits", "eval", "--model", "cnn", "--weights", empty),
                bad("digits eval: truncated weights", 2, "digits", "eval", "--model", "cnn", "--weights", truncatedZip),
                bad("digits predict: missing image", 2, "digits", "predict", "--image", dir.resolve("none.png")),
                bad("digits predict: empty image", 2, "digits", "predict", "--image", empty),
                bad("digits predict: text as image", 2, "digits", "predict", "--image", text),
                // gpt2-train: every refusal comes before the first step
                bad("gpt2-train: missing steps", 2, "gpt2-train", "--out", dir.resolve("g")),
                bad("gpt2-train: missing corpus", 2, "gpt2-train", "--steps", "5", "--out", dir.resolve("g"),
                        "--corpus", dir.resolve("none.txt")),
                bad("gpt2-train: empty corpus", 2, "gpt2-train", "--steps", "5", "--out", dir.resolve("g"),
                        "--corpus", empty),
                bad("gpt2-train: tiny corpus", 2, "gpt2-train", "--steps", "5", "--out", dir.resolve("g"),
                        "--corpus", text, "--context", "64"),
                bad("gpt2-train: out of range", 2, "gpt2-train", "--steps", "5", "--layers", "0", "--out", dir.resolve("g")),
                bad("gpt2-train: wrong type", 2, "gpt2-train", "--steps", "five", "--out", dir.resolve("g")),
                // bench
                bad("bench: unknown benchmark", 2, "bench", "warp-drive"),
                bad("bench: out of range", 2, "bench", "startup", "--runs", "0"),
                bad("bench: wrong type", 2, "bench", "startup", "--warmup", "some"),
                bad("bench: unknown convolution interior", 2, "bench", "conv2d-grey-2048-k3", "--param",
                        "interior=scalar", "--warmup", "0", "--runs", "1"),
                bad("bench: convolution threads not a number", 2, "bench", "conv2d-grey-2048-k3", "--param",
                        "threads=x", "--warmup", "0", "--runs", "1"),
                // gui (refused before any window opens)
                bad("gui: unknown lab", 2, "gui", "--lab", "chemistry"),
                bad("gui: unknown language", 2, "gui", "--language", "de"),
                bad("gui: missing session", 2, "gui", "--session", dir.resolve("none.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsItsStatusAndOneLine(String what, int exit, String[] args) {
        Run run = run(args);
        assertOneLineRefusal(run, exit, what);
    }

    static void assertOneLineRefusal(Run run, int exit, String what) {
        assertEquals(exit, run.exit(), what + ": " + run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), what + ": one line on stderr, got:\n" + run.err());
        assertTrue(err.startsWith("deepmath-lab: "), what + ": " + err);
        assertTrue(err.length() > "deepmath-lab: ".length() + 10, what + ": a reason, not just a name: " + err);
        assertFalse(err.contains("\tat ") || EXCEPTION_NAME.matcher(err).find(), what + ": no stack trace or type: " + err);
    }

    /** Every subcommand that --help lists (and each of digits') has at least one case above. */
    @Test
    void everySubcommandIsCovered() {
        CommandLine root = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Set<String> commands = new TreeSet<>();
        root.getSubcommands().forEach((name, sub) -> {
            if (sub.getSubcommands().isEmpty()) {
                commands.add(name);
            } else {
                sub.getSubcommands().keySet().forEach(s -> commands.add(name + " " + s));
            }
        });
        Set<String> covered = new TreeSet<>();
        cases().forEach(a -> covered.add(((String) a.get()[0]).split(":")[0]));
        List<String> missing = new ArrayList<>(commands);
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "subcommands without a bad-input case: " + missing);
        assertEquals(Set.of("attention", "bench", "bpe train", "conv", "data list", "data pull", "descent", "digits eval", "digits predict", "digits train",
                "embed analogy", "embed cosine", "embed similar", "eval", "generate", "gpt2-train", "gui", "lexicon", "linalg kron",
                "linalg min-norm", "model eval", "model predict", "model summary", "model train", "models list",
                "models pull", "net", "positions", "presets",
                "prob loss", "prob normalise", "prob softmax", "render", "tensor", "tokenize"), commands,
                "the commands --help lists");
    }

    @Test
    void helpAndVersionSucceedForEverySubcommand() {
        CommandLine root = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String name : root.getSubcommands().keySet()) {
            Run help = run(name, "--help");
            assertEquals(0, help.exit(), name);
            assertTrue(help.out().startsWith("Usage: deepmath-lab " + name), name + ": " + help.out());
            assertEquals("", help.err(), name);
        }
    }

    /** A damaged picture is bad input (exit 2), for the digits reader as for conv. */
    @Test
    void aTruncatedPictureIsBadInputForDigitsPredict() {
        assertOneLineRefusal(run("digits", "predict", "--image", truncatedPng.toString()), 2, "digits predict: truncated");
    }

    /** Unwritable output: exit 1, "cannot write FILE: reason", for every command that writes a file. */
    @Test
    void anUnwritableOutputSaysCannotWrite() {
        String[][] commands = {
                {"render", "contour", "--function", "x*y", "--width", "120", "--height", "100", "--out", notAFolder.toString()},
                {"descent", "--function", "a^2", "--start", "1", "--steps", "2", "--csv", notAFolder.toString()},
                {"net", "--network", network.toString(), "--train", data.toString(), "--epochs", "1",
                        "--out", notAFolder.toString()},
                {"attention", "--model", model.toString(), "--text", "hi", "--out", notAFolder.toString()},
                {"conv", "--image", picture.toString(), "--kernel", "blur", "--out", notAFolder.toString()},
        };
        for (String[] args : commands) {
            Run run = run(args);
            assertOneLineRefusal(run, 1, args[0]);
            // The line names the path that cannot be written: the target, or the file standing where its folder should be.
            assertTrue(run.err().startsWith("deepmath-lab: cannot write " + notAFolder)
                    || run.err().startsWith("deepmath-lab: cannot write " + notAFolder.getParent() + ": a file"), run.err());
        }
    }
}
