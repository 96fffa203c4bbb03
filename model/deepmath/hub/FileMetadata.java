package deepmath.hub;

import java.net.URI;

/**
 * What a HEAD on {@code resolve/{revision}/{file}} tells (huggingface_hub's {@code HfFileMetadata}): the commit the
 * revision points to ({@code X-Repo-Commit}), the blob's name ({@code X-Linked-Etag} for a file stored in LFS — its
 * SHA-256 — else the {@code ETag}, the git blob's SHA-1, quotes and {@code W/} removed), its size
 * ({@code X-Linked-Size}, else {@code Content-Length}) and where to GET it (the redirect's {@code Location}).
 */
record FileMetadata(String file, String commit, String etag, long size, URI location, boolean lfs) {

    /** LFS files are checked by SHA-256 as huggingface_hub names their blobs; small git files are not. */
    boolean checkable() {
        return lfs && etag.matches("[0-9a-f]{64}");
    }

    /** huggingface_hub's {@code _normalize_etag}: {@code W/"abc"} and {@code "abc"} are both {@code abc}. */
    static String normalizeEtag(String etag) {
        if (etag == null) {
            return null;
        }
        String e = etag.strip();
        if (e.startsWith("W/")) {
            e = e.substring(2);
        }
        if (e.startsWith("\"")) {
            e = e.substring(1);
        }
        if (e.endsWith("\"")) {
            e = e.substring(0, e.length() - 1);
        }
        return e;
    }
}
