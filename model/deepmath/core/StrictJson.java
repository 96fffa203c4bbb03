package deepmath.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one way this lab reads JSON files (networks, sessions, configs, vocabularies, safetensors headers):
 * text after the value ({@code {...} garbage}) and a key given twice are refused, not ignored, and a parse
 * error becomes one {@link BadInputException} line naming the file, the line and the column, without the
 * parser's internals (its class names, the source description, character codes).
 */
public final class StrictJson {
    /**
     * Configured once (an {@link ObjectMapper} is thread-safe once configured). Trailing text is checked by
     * {@link #read} itself rather than by {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}, whose error
     * for an untokenisable word ("{} x") does not say that the text comes after the value.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }

    /** The strict mapper, for callers that read through Jackson themselves (e.g. {@code treeToValue}). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The value in {@code text} (null when there is only whitespace); {@code name} starts the refusal. */
    public static JsonNode parse(String text, String name) {
        try {
            return read(MAPPER.createParser(text), name);
        } catch (IOException e) {
            throw refusal(e, name);
        }
    }

    public static JsonNode parse(byte[] bytes, String name) {
        try {
            return read(MAPPER.createParser(bytes), name);
        } catch (IOException e) {
            throw refusal(e, name);
        }
    }

    /** Reads {@code in} (an I/O error is passed on, damage is a {@link BadInputException}). */
    public static JsonNode parse(InputStream in, String name) throws IOException {
        try {
            return read(MAPPER.createParser(in), name);
        } catch (JsonProcessingException e) {
            throw refusal(e, name);
        }
    }

    /**
     * One value, then nothing: whatever follows it — a second value, a stray bracket or a word the parser cannot
     * even tokenise — is reported as text after the end, at its position.
     */
    private static JsonNode read(JsonParser parser, String name) throws IOException {
        try (parser) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                return null;
            }
            JsonLocation end = parser.currentLocation();
            try {
                if (parser.nextToken() == null) {
                    return node;
                }
                end = parser.currentTokenLocation();
            } catch (JsonProcessingException e) {
                end = e.getLocation() != null ? e.getLocation() : end;
            }
            throw new BadInputException(FileProblem.TRAILING, name, at(end));
        }
    }

    private static Object at(JsonLocation where) {
        return where != null && where.getLineNr() > 0
                ? FileProblem.AT.phrase(where.getLineNr(), where.getColumnNr()) : "";
    }

    /** "NAME: not valid JSON at line L, column C" (or what is wrong when it is one of the strict rules). */
    public static BadInputException refusal(IOException error, String name) {
        Object what = FileProblem.NOT_JSON.phrase();
        Object detail = "";
        Object location = "";
        if (error instanceof JsonProcessingException json) {
            String original = String.valueOf(json.getOriginalMessage());
            if (original.startsWith("Duplicate field")) {
                int open = original.indexOf('\'');
                int close = original.lastIndexOf('\'');
                what = open >= 0 && close > open ? FileProblem.KEY_TWICE.phrase(original.substring(open, close + 1))
                        : FileProblem.KEY_TWICE_UNNAMED.phrase();
            } else if (original.contains("end-of-input")) {
                detail = FileProblem.ENDS_EARLY.phrase();
            }
            location = at(json.getLocation());
        }
        return new BadInputException(error, FileProblem.JSON_REFUSAL, name, what, location, detail);
    }
}
