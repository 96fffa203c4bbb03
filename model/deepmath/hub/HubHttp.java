package deepmath.hub;

import deepmath.core.CancelledException;
import deepmath.core.Progress;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The two requests of a download, as huggingface_hub makes them ({@code file_download.py}): a HEAD on
 * {@code {endpoint}/{repo}/resolve/{revision}/{file}} that follows only relative redirects (a renamed repository)
 * and reads the metadata from the redirect to the CDN itself, then a GET of the location, following redirects, with
 * a {@code Range} to resume. The token goes only to the Hub's own host, never to a CDN a redirect points to.
 * Error statuses become one-line messages ({@code utils/_http.py}'s {@code hf_raise_for_status}).
 */
final class HubHttp {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REDIRECTS = 10;

    private final HubSettings settings;
    private final HttpClient client;
    private final Duration stallTimeout;

    HubHttp(HubSettings settings, Duration stallTimeout) {
        this.settings = settings;
        this.stallTimeout = stallTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** {@code hf_hub_url}: the revision is quoted whole ({@code refs/pr/1} → {@code refs%2Fpr%2F1}). */
    URI resolveUrl(ModelRepo repo, String revision, String file) {
        return URI.create(settings.endpoint() + "/" + repo.id() + "/resolve/" + quote(revision) + "/" + file);
    }

    private static String quote(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The metadata of {@code file}, or empty when the repository has no such file (404 EntryNotFound). */
    Optional<FileMetadata> metadata(ModelRepo repo, String revision, String file) throws IOException {
        URI url = resolveUrl(repo, revision, file);
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            HttpRequest request = request(url).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .header("Accept-Encoding", "identity").build();
            HttpResponse<Void> response = send(request, HttpResponse.BodyHandlers.discarding(), Progress.NONE, null);
            int status = response.statusCode();
            if (status == 404 && entryMissing(response.headers())) {
                return Optional.empty();
            }
            raiseForStatus(response, repo, file);
            HttpHeaders h = response.headers();
            Optional<String> location = h.firstValue("Location");
            boolean redirect = status / 100 == 3;
            if (redirect && location.isPresent() && URI.create(location.get()).getHost() == null) {
                url = url.resolve(location.get());
                continue;
            }
            String commit = h.firstValue("X-Repo-Commit").orElseThrow(() ->
                    HubMessages.missingHeader(file, "X-Repo-Commit"));
            Optional<String> linked = h.firstValue("X-Linked-Etag");
            String etag = FileMetadata.normalizeEtag(linked.or(() -> h.firstValue("ETag")).orElseThrow(() ->
                    HubMessages.missingHeader(file, "ETag")));
            Optional<String> size = h.firstValue("X-Linked-Size")
                    .or(() -> redirect ? Optional.empty() : h.firstValue("Content-Length"));
            long length = size.map(HubHttp::parseSize).orElse(-1L);
            if (length < 0) {
                throw HubMessages.missingHeader(file, "X-Linked-Size or Content-Length");
            }
            URI target = location.map(url::resolve).orElse(url);
            return Optional.of(new FileMetadata(file, commit, etag, length, target, linked.isPresent()));
        }
        throw HubMessages.tooManyRedirects(file);
    }

    private static long parseSize(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * GETs {@code meta}'s location into {@code sink}, from byte {@code from} on ({@code Range: bytes=from-});
     * waits for the end while watching for a cancel and for a server that stops sending.
     */
    void download(ModelRepo repo, FileMetadata meta, BlobSink sink, Progress progress) throws IOException {
        URI url = meta.location();
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            HttpRequest.Builder builder = request(url).GET();
            if (sink.position() > 0) {
                builder.header("Range", "bytes=" + sink.position() + "-");
            }
            HttpResponse<Void> response = send(builder.build(), info -> {
                int status = info.statusCode();
                if (status == 200 || status == 206) {
                    sink.begin(status == 206);
                    return HttpResponse.BodySubscribers.fromSubscriber(sink);
                }
                return HttpResponse.BodySubscribers.discarding();
            }, progress, sink);
            int status = response.statusCode();
            if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
                url = url.resolve(response.headers().firstValue("Location").get());
                continue;
            }
            if (sink.failure() != null) {
                throw sink.failure(); // the disk refused a write: the transfer was stopped there
            }
            raiseForStatus(response, repo, meta.file());
            return;
        }
        throw HubMessages.tooManyRedirects(meta.file());
    }

    /**
     * GETs {@code url} whole into {@code sink} (an npm tarball: no HEAD, no Range, no token), following redirects,
     * watching for a cancel and a stall as {@link #download} does; an error status is the registry's failure.
     */
    void fetch(URI url, String file, BlobSink sink, Progress progress) throws IOException {
        URI at = url;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            HttpResponse<Void> response = send(request(at).GET().build(), info -> {
                if (info.statusCode() == 200) {
                    sink.begin(false);
                    return HttpResponse.BodySubscribers.fromSubscriber(sink);
                }
                return HttpResponse.BodySubscribers.discarding();
            }, progress, sink);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status / 100 == 3 && location.isPresent()) {
                at = at.resolve(location.get());
                continue;
            }
            if (sink.failure() != null) {
                throw sink.failure();
            }
            if (status != 200) {
                throw new HubException(HubFailure.REGISTRY_ERROR, settings.endpoint(), status, file);
            }
            return;
        }
        throw HubMessages.tooManyRedirects(file);
    }

    private HttpRequest.Builder request(URI url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(CONNECT_TIMEOUT.multipliedBy(3))
                .header("User-Agent", "deepmath-lab; java/" + Runtime.version().feature());
        // The token is for the Hub only: a redirect to a CDN (another host) does not get it.
        if (settings.token().isPresent() && Objects.equals(url.getHost(), settings.endpoint().getHost())) {
            builder.header("Authorization", "Bearer " + settings.token().get());
        }
        return builder;
    }

    /**
     * Sends and waits, checking every 100 ms whether the user cancelled or the body stalled; a cancel stops the
     * transfer where it is (what arrived stays in the {@code .incomplete} file).
     */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, Progress progress,
            BlobSink sink) throws IOException {
        CompletableFuture<HttpResponse<T>> future = client.sendAsync(request, handler);
        while (true) {
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (progress.isCancelled()) {
                    future.cancel(true);
                    throw new CancelledException();
                }
                if (sink != null && sink.failure() != null) {
                    future.cancel(true);
                    throw sink.failure();
                }
                if (sink != null && sink.stalledFor().compareTo(stallTimeout) > 0) {
                    future.cancel(true);
                    throw HubMessages.stalled(sink.file(), stallTimeout.toSeconds(), sink.position(), sink.total());
                }
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (sink != null && sink.failure() != null) {
                    throw sink.failure();
                }
                throw networkFailure(e.getCause());
            }
        }
    }

    private IOException networkFailure(Throwable cause) {
        if (cause instanceof HubException hub) {
            return hub;
        }
        if (cause instanceof deepmath.core.FileWriteException write) {
            return write;
        }
        if (cause instanceof HttpTimeoutException) {
            return HubMessages.noAnswer(settings.endpoint(), CONNECT_TIMEOUT.toSeconds());
        }
        if (cause instanceof ConnectException || cause instanceof java.nio.channels.UnresolvedAddressException
                || cause.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
            return HubMessages.unreachable(settings.endpoint(), cause);
        }
        if (cause instanceof IOException io) {
            return io;
        }
        return new IOException(cause.getMessage(), cause);
    }

    private static boolean entryMissing(HttpHeaders headers) {
        String code = headers.firstValue("X-Error-Code").orElse("");
        return code.equals("EntryNotFound") || code.isEmpty();
    }

    /** {@code hf_raise_for_status}, in one line each. */
    private void raiseForStatus(HttpResponse<?> response, ModelRepo repo, String file) throws HubException {
        int status = response.statusCode();
        if (status < 400) {
            return;
        }
        String code = response.headers().firstValue("X-Error-Code").orElse("");
        String message = response.headers().firstValue("X-Error-Message").orElse("");
        boolean token = settings.token().isPresent();
        if (code.equals("GatedRepo")) {
            throw HubMessages.gated(repo, settings.endpoint(), token);
        }
        if (code.equals("RevisionNotFound")) {
            throw HubMessages.revisionNotFound(repo);
        }
        if (code.equals("EntryNotFound")) {
            throw HubMessages.fileNotFound(repo, file);
        }
        if (status == 401 && message.equals("Invalid credentials in Authorization header")) {
            throw HubMessages.tokenRefused(settings.endpoint());
        }
        if (code.equals("RepoNotFound") || status == 401) {
            throw HubMessages.repoNotFound(repo, settings.endpoint(), token);
        }
        if (status == 403) {
            throw HubMessages.forbidden(repo, token);
        }
        if (status == 404) {
            throw HubMessages.fileNotFound(repo, file);
        }
        throw HubMessages.serverError(status, file);
    }
}
