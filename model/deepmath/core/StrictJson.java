package deepmath.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
    /** Configured once; an {@link ObjectMapper} is thread-safe once configured. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }

    /** The strict mapper, for callers that read through Jackson themselves (e.g. {@code treeToValue}). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static JsonNode parse(String text, String name) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw refusal(e, name);
        }
    }

    public static JsonNode parse(byte[] bytes, String name) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw refusal(e, name);
        }
    }

    public static JsonNode parse(InputStream in, String name) throws IOException {
        try {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw refusal(e, name);
        }
    }

    /** "NAME: not valid JSON at line L, column C" (or what is wrong when it is one of the strict rules). */
    public static BadInputException refusal(IOException error, String name) {
        String what = "not valid JSON";
        String detail = "";
        String location = "";
        if (error instanceof JsonProcessingException json) {
            String original = String.valueOf(json.getOriginalMessage());
            if (original.startsWith("Trailing token")) {
                what = "text after the end of the JSON value";
            } else if (original.startsWith("Duplicate field")) {
                int open = original.indexOf('\'');
                int close = original.lastIndexOf('\'');
                what = "a key given twice" + (open >= 0 && close > open ? " (" + original.substring(open, close + 1) + ")" : "");
            } else if (original.contains("end-of-input")) {
                detail = " (it ends too early)";
            }
            var where = json.getLocation();
            if (where != null && where.getLineNr() > 0) {
                location = " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            }
        }
        return new BadInputException(name + ": " + what + location + detail, error);
    }
}
