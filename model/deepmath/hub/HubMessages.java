package deepmath.hub;

import deepmath.core.BadInputException;
import deepmath.core.FileWriteException;
import deepmath.core.InputProblem;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Every sentence the Hub client says, in one place. The user's mistakes (a repository or file that does not exist,
 * a missing token, offline mode) are {@link BadInputException}s carrying a {@link HubProblem} (exit 2; the window
 * words them from its {@code errors} bundle); trouble on the way (no network, a cut connection, a damaged download)
 * are {@link HubException}s carrying a {@link HubFailure} (exit 1), worded by the window the same way.
 */
final class HubMessages {
    private HubMessages() {
    }

    static BadInputException badEndpoint(String text) {
        return new BadInputException(HubProblem.BAD_ENDPOINT, text);
    }

    static BadInputException badRepoId(String id) {
        return new BadInputException(HubProblem.BAD_REPO_ID, id);
    }

    static BadInputException badRevision(String revision) {
        return new BadInputException(HubProblem.BAD_REVISION, revision);
    }

    static BadInputException offline(ModelRepo repo, Path hub) {
        return new BadInputException(HubProblem.OFFLINE, repo.id(), repo.revision(), hub);
    }

    static BadInputException repoNotFound(ModelRepo repo, URI endpoint, boolean token) {
        return new BadInputException(token ? HubProblem.REPO_NOT_FOUND_WITH_TOKEN : HubProblem.REPO_NOT_FOUND,
                repo.id(), endpoint);
    }

    static BadInputException gated(ModelRepo repo, URI endpoint, boolean token) {
        return new BadInputException(token ? HubProblem.GATED_WITH_TOKEN : HubProblem.GATED, repo.id(), endpoint);
    }

    static BadInputException tokenRefused(URI endpoint) {
        return new BadInputException(HubProblem.TOKEN_REFUSED, endpoint);
    }

    static BadInputException forbidden(ModelRepo repo, boolean token) {
        return new BadInputException(token ? HubProblem.FORBIDDEN_WITH_TOKEN : HubProblem.FORBIDDEN, repo.id());
    }

    static BadInputException revisionNotFound(ModelRepo repo) {
        return new BadInputException(HubProblem.REVISION_NOT_FOUND, repo.id(), repo.revision());
    }

    static BadInputException fileNotFound(ModelRepo repo, String file) {
        return new BadInputException(HubProblem.FILE_NOT_FOUND, repo.id(), file, repo.revision());
    }

    static BadInputException notInCache(String text, Path hub) {
        return new BadInputException(HubProblem.NOT_IN_CACHE, text, hub);
    }

    static HubException unreachable(URI endpoint, Throwable cause) {
        return new HubException(cause, HubFailure.UNREACHABLE, endpoint, reason(cause));
    }

    /** In words: the JDK's ConnectException often has no message, an unknown host is an exception without one. */
    private static InputProblem.Phrase reason(Throwable cause) {
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return HubFailure.REASON_UNKNOWN_HOST.phrase();
            }
        }
        if (cause instanceof java.net.ConnectException) {
            return HubFailure.REASON_REFUSED.phrase();
        }
        String message = cause.getMessage();
        if (message != null && !message.isBlank()) {
            return HubFailure.REASON_OTHER.phrase(message.strip());
        }
        return HubFailure.REASON_NO_ANSWER.phrase();
    }

    static HubException noAnswer(URI endpoint, long seconds) {
        return new HubException(HubFailure.NO_ANSWER, endpoint, seconds);
    }

    static HubException stalled(String file, long seconds, long done, long total) {
        return new HubException(HubFailure.STALLED, file, seconds, bytes(done), bytes(total));
    }

    static HubException connectionLost(String file, long done, long total, Throwable cause) {
        return new HubException(cause, HubFailure.CONNECTION_LOST, file, bytes(done), bytes(total));
    }

    static HubException serverError(int status, String file) {
        return status == 429 ? new HubException(HubFailure.RATE_LIMITED)
                : new HubException(HubFailure.SERVER_ERROR, status, file);
    }

    static HubException missingHeader(String file, String header) {
        return new HubException(HubFailure.MISSING_HEADER, header, file);
    }

    static HubException tooManyRedirects(String file) {
        return new HubException(HubFailure.TOO_MANY_REDIRECTS, file);
    }

    static HubException damaged(String file, String expected, String actual) {
        return new HubException(HubFailure.DAMAGED, file, actual, expected);
    }

    static HubException wrongSize(String file, long expected, long actual) {
        return new HubException(HubFailure.WRONG_SIZE, file, actual, expected);
    }

    static HubException busy(String file, Path lock) {
        return new HubException(HubFailure.BUSY, file, lock);
    }

    static FileWriteException diskFull(Path folder, long needed, long free) {
        return new FileWriteException(String.valueOf(folder), null, deepmath.core.WriteProblem.NO_SPACE_FOR,
                bytes(needed), bytes(free));
    }

    /** One status line: "model.safetensors: 12.5 MB of 548.1 MB, 3.2 MB/s, 2 min 47 s left". */
    static String status(TransferStatus s) {
        StringBuilder line = new StringBuilder(s.file()).append(": ").append(bytes(s.done())).append(" of ")
                .append(bytes(s.total()));
        if (s.bytesPerSecond() > 0) {
            line.append(", ").append(bytes(Math.round(s.bytesPerSecond()))).append("/s");
        }
        if (s.secondsLeft() >= 0) {
            line.append(", ").append(duration(s.secondsLeft())).append(" left");
        }
        return line.toString();
    }

    /** Decimal units as the Hub shows sizes: 548.1 MB. */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = n;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
