package deepmath.hub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import deepmath.testing.LoopbackHttp;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.RandomGpt2;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Hugging Face Hub on the loopback for the tests, with the Hub's URL layout and headers: HEAD/GET
 * {@code /{repo}/resolve/{revision}/{file}}; a small git file answers 200 with its git blob SHA-1 as ETag; an LFS
 * file (the weights) answers 302 to {@code /cdn/{sha256}} with {@code X-Linked-Etag} (its SHA-256) and
 * {@code X-Linked-Size}; {@code X-Repo-Commit} on both; unknown repos 401 RepoNotFound, gated ones 401 GatedRepo
 * without the token, unknown revisions 404 RevisionNotFound, missing files 404 EntryNotFound. The CDN honours
 * {@code Range: bytes=N-} (206). Faults: a cut after N bytes (once), a flipped byte, a slow or silent transfer.
 */
public final class FakeHub implements AutoCloseable {
    static final Gpt2Config TINY = new Gpt2Config(1, 2, 8, 16, 16, 1e-5);
    public static final String COMMIT = "607a30d783dfa663caf39e06633721c8d4cfcd7e";

    public record Request(String method, String path, String range, String authorization) {
    }

    public static final class Repo {
        final String commit;
        public final Map<String, byte[]> files = new LinkedHashMap<>();
        final Set<String> lfs = Set.of(Gpt2Checkpoint.WEIGHTS);
        public String token;
        boolean forbidden;

        Repo(String commit) {
            this.commit = commit;
        }
    }

    final Map<String, Repo> repos = new LinkedHashMap<>();
    /** Old name → new name: the Hub answers 307 with a relative Location, as for gpt2 → openai-community/gpt2. */
    final Map<String, String> renamed = new LinkedHashMap<>();
    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;
    public volatile String cutFile;
    public volatile long cutAt;
    volatile String corruptFile;
    public volatile String slowFile;
    volatile boolean silent;
    /** A CDN that ignores Range and sends the whole file with 200 (the client must start over, not append). */
    volatile boolean ignoreRange;

    public FakeHub() throws IOException {
        server = LoopbackHttp.start("fake-hub", this::handle);
    }

    public String url() {
        return LoopbackHttp.url(server);
    }

    /** A tiny random GPT-2 (1 layer, 8 dimensions, 16 tokens: a few kB) with config, weights, vocab and merges. */
    public Repo addTinyGpt2(String id, Path scratch) throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("source-" + id.replace('/', '-')));
        Gpt2Checkpoint.write(folder, TINY, RandomGpt2.tensors(TINY, 7, ""));
        Repo repo = new Repo(COMMIT);
        repo.files.put(Gpt2Checkpoint.CONFIG, Files.readAllBytes(folder.resolve(Gpt2Checkpoint.CONFIG)));
        repo.files.put(Gpt2Checkpoint.WEIGHTS, Files.readAllBytes(folder.resolve(Gpt2Checkpoint.WEIGHTS)));
        StringBuilder vocab = new StringBuilder("{");
        String[] tokens = {"h", "e", "l", "o", "Ġ", "w", "r", "d", "he", "ll", "!", "a", "b", "c", "x", "<|endoftext|>"};
        for (int i = 0; i < tokens.length; i++) {
            vocab.append(i == 0 ? "" : ", ").append('"').append(tokens[i]).append("\": ").append(i);
        }
        repo.files.put("vocab.json", vocab.append("}").toString().getBytes(StandardCharsets.UTF_8));
        repo.files.put("merges.txt", "#version: 0.2\nh e\nl l\n".getBytes(StandardCharsets.UTF_8));
        repos.put(id, repo);
        return repo;
    }

    public List<Request> requests(String method) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.method().equals(method)).toList();
        }
    }

    public static String sha256(byte[] bytes) {
        return digest("SHA-256", bytes);
    }

    static String gitSha1(byte[] bytes) {
        byte[] header = ("blob " + bytes.length + "\0").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[header.length + bytes.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(bytes, 0, all, header.length, bytes.length);
        return digest("SHA-1", all);
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            requests.add(new Request(ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("Range"),
                    ex.getRequestHeaders().getFirst("Authorization")));
            if (path.startsWith("/cdn/")) {
                cdn(ex, path.substring("/cdn/".length()));
                return;
            }
            int resolve = path.indexOf("/resolve/");
            if (resolve < 0) {
                error(ex, 404, null, "Not found");
                return;
            }
            String id = path.substring(1, resolve);
            String rest = path.substring(resolve + "/resolve/".length());
            String revision = URLDecoder.decode(rest.substring(0, rest.indexOf('/')), StandardCharsets.UTF_8);
            String file = rest.substring(rest.indexOf('/') + 1);
            if (renamed.containsKey(id)) {
                ex.getResponseHeaders().set("Location", "/" + renamed.get(id) + "/resolve/" + rest);
                ex.sendResponseHeaders(307, -1);
                return;
            }
            String authorization = ex.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && repos.values().stream().noneMatch(r -> ("Bearer " + r.token).equals(authorization))) {
                error(ex, 401, null, "Invalid credentials in Authorization header");
                return;
            }
            Repo repo = repos.get(id);
            if (repo != null && repo.forbidden) {
                error(ex, 403, null, "Forbidden");
                return;
            }
            if (repo == null) {
                error(ex, 401, "RepoNotFound", "Repository not found");
                return;
            }
            if (repo.token != null && !("Bearer " + repo.token).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                error(ex, 401, "GatedRepo", "Access to model " + id + " is restricted.");
                return;
            }
            if (!revision.equals("main") && !revision.equals(repo.commit)) {
                error(ex, 404, "RevisionNotFound", "Invalid rev id: " + revision);
                return;
            }
            byte[] bytes = repo.files.get(file);
            if (bytes == null) {
                error(ex, 404, "EntryNotFound", "Entry not found");
                return;
            }
            ex.getResponseHeaders().set("X-Repo-Commit", repo.commit);
            if (repo.lfs.contains(file)) {
                String sha = sha256(bytes);
                ex.getResponseHeaders().set("ETag", "\"" + gitSha1(("version https://git-lfs.github.com/spec/v1\noid sha256:"
                        + sha + "\nsize " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8)) + "\"");
                ex.getResponseHeaders().set("X-Linked-Etag", "\"" + sha + "\"");
                ex.getResponseHeaders().set("X-Linked-Size", String.valueOf(bytes.length));
                ex.getResponseHeaders().set("Location", url() + "/cdn/" + sha + "?file=" + file);
                ex.sendResponseHeaders(302, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"" + gitSha1(bytes) + "\"");
            if (ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
                ex.sendResponseHeaders(200, -1);
                return;
            }
            body(ex, file, bytes, 0, 200);
        }
    }

    private void cdn(HttpExchange ex, String sha) throws IOException {
        for (Repo repo : repos.values()) {
            for (Map.Entry<String, byte[]> f : repo.files.entrySet()) {
                if (sha256(f.getValue()).equals(sha)) {
                    String range = ex.getRequestHeaders().getFirst("Range");
                    long from = range == null || ignoreRange ? 0 : Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
                    if (from > 0) {
                        ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (f.getValue().length - 1)
                                + "/" + f.getValue().length);
                    }
                    body(ex, f.getKey(), f.getValue(), (int) from, from > 0 ? 206 : 200);
                    return;
                }
            }
        }
        error(ex, 404, null, "no such object");
    }

    private void body(HttpExchange ex, String file, byte[] bytes, int from, int status) throws IOException {
        byte[] content = bytes.clone();
        if (file.equals(corruptFile)) {
            content[content.length / 2] ^= 0x01;
        }
        ex.sendResponseHeaders(status, content.length - from);
        OutputStream out = ex.getResponseBody();
        if (file.equals(cutFile)) {
            cutFile = null; // once: the next run gets it all
            out.write(content, from, (int) cutAt - from);
            out.flush();
            // returning closes the exchange short: the client sees the connection end early
            return;
        }
        if (silent) {
            sleepQuietly(60_000);
            return;
        }
        if (file.equals(slowFile)) {
            for (int i = from; i < content.length; i += 64) {
                out.write(content, i, Math.min(64, content.length - i));
                out.flush();
                sleepQuietly(50);
            }
            return;
        }
        out.write(content, from, content.length - from);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        if (code != null) {
            ex.getResponseHeaders().set("X-Error-Code", code);
        }
        ex.getResponseHeaders().set("X-Error-Message", message);
        ex.sendResponseHeaders(status, -1);
    }

    URI base() {
        return URI.create(url());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
