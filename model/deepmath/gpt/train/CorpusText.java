package deepmath.gpt.train;

import deepmath.core.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Training text: UTF-8 files (gzipped or not) joined by blank lines, or the corpus shipped with the lab. */
public final class CorpusText {
    /** The King James Version, one verse per line (see resources/DATA.md). */
    public static final String SHIPPED = "/corpus/kjv.txt.gz";

    private CorpusText() {
    }

    public static String read(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            return shipped();
        }
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            try (InputStream in = open(file)) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw new BadInputException("no corpus file '" + file + "'");
            }
        }
        if (text.toString().isBlank()) {
            throw new BadInputException("the corpus is empty");
        }
        return text.toString();
    }

    /** The shipped corpus (4.1 MB of English). */
    public static String shipped() {
        try (InputStream raw = CorpusText.class.getResourceAsStream(SHIPPED)) {
            if (raw == null) {
                throw new IOException("missing resource " + SHIPPED);
            }
            return new String(new GZIPInputStream(raw).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped corpus", e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
