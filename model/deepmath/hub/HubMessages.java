package deepmath.hub;

import deepmath.core.BadInputException;
import deepmath.core.FileWriteException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Every sentence the Hub client says, in one place so that they can move to the bundles together. The user's
 * mistakes (a repository or file that does not exist, a missing token, offline mode) are {@link BadInputException}s
 * (exit 2); trouble on the way (no network, a cut connection, a damaged download) are {@link HubException}s (exit 1).
 */
final class HubMessages {
    private static final String TOKEN_HINT = "set HF_TOKEN to a Hugging Face access token that can read it";

    private HubMessages() {
    }

    static BadInputException badEndpoint(String text) {
        return new BadInputException("the Hub endpoint must be an http:// or https:// URL (--endpoint or HF_ENDPOINT),"
                + " got '" + text + "'");
    }

    static BadInputException badRepoId(String id) {
        return new BadInputException("'" + id + "' is not a Hugging Face repository id (like gpt2, distilgpt2 or"
                + " openai-community/gpt2-medium)");
    }

    static BadInputException badRevision(String revision) {
        return new BadInputException("'" + revision + "' is not a revision (a branch like main, a tag or a commit)");
    }

    static BadInputException offline(ModelRepo repo, Path hub) {
        return new BadInputException("HF_HUB_OFFLINE is set and " + repo.id() + " (" + repo.revision() + ") is not in "
                + hub + ": unset HF_HUB_OFFLINE to download it");
    }

    static BadInputException repoNotFound(ModelRepo repo, URI endpoint, boolean token) {
        return new BadInputException(token
                ? "no repository " + repo.id() + " on " + endpoint + " that your HF_TOKEN can read"
                : "no repository " + repo.id() + " on " + endpoint + " (or it is private or gated: " + TOKEN_HINT + ")");
    }

    static BadInputException gated(ModelRepo repo, URI endpoint, boolean token) {
        return new BadInputException(token
                ? repo.id() + " is gated: accept its conditions on " + endpoint + "/" + repo.id()
                        + " with the account of your HF_TOKEN"
                : repo.id() + " is gated: accept its conditions on " + endpoint + "/" + repo.id() + ", then "
                        + TOKEN_HINT);
    }

    static BadInputException tokenRefused(URI endpoint) {
        return new BadInputException(endpoint + " refused HF_TOKEN (invalid credentials): check the token or unset it");
    }

    static BadInputException forbidden(ModelRepo repo, boolean token) {
        return new BadInputException("access to " + repo.id() + " is forbidden (403): "
                + (token ? "your HF_TOKEN cannot read it" : TOKEN_HINT));
    }

    static BadInputException revisionNotFound(ModelRepo repo) {
        return new BadInputException(repo.id() + " has no revision '" + repo.revision() + "'");
    }

    static BadInputException fileNotFound(ModelRepo repo, String file) {
        return new BadInputException(repo.id() + " has no " + file + " at " + repo.revision()
                + " (the lab reads GPT-2 checkpoints in safetensors format)");
    }

    static BadInputException notInCache(String text, Path hub) {
        return new BadInputException("'" + text + "' is neither a folder nor a model in the Hugging Face cache (" + hub
                + "): run 'deepmath-lab models pull " + text + "' to download it");
    }

    static HubException unreachable(URI endpoint, Throwable cause) {
        return new HubException("cannot reach " + endpoint + " (" + reason(cause) + "): no network?", cause);
    }

    /** In words: the JDK's ConnectException often has no message, an unknown host is an exception without one. */
    private static String reason(Throwable cause) {
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
        }
        String message = cause.getMessage();
        if (message != null && !message.isBlank()) {
            return message.strip();
        }
        return cause instanceof java.net.ConnectException ? "connection refused" : "no answer";
    }

    static HubException noAnswer(URI endpoint, long seconds) {
        return new HubException(endpoint + " did not answer within " + seconds + " s: try again later");
    }

    static HubException stalled(String file, long seconds, long done, long total) {
        return new HubException("the download of " + file + " stopped (nothing received for " + seconds + " s, "
                + bytes(done) + " of " + bytes(total) + "): run the same command again to resume");
    }

    static HubException connectionLost(String file, long done, long total, Throwable cause) {
        return new HubException("connection lost while downloading " + file + " (" + bytes(done) + " of "
                + bytes(total) + "): run the same command again to resume", cause);
    }

    static HubException serverError(int status, String file) {
        return new HubException(status == 429 ? "the Hub is limiting requests (429): try again in a minute"
                : "the Hub answered " + status + " for " + file + ": try again later");
    }

    static HubException missingHeader(String file, String header) {
        return new HubException("the Hub sent no " + header + " for " + file + " (is the endpoint a Hugging Face Hub?)");
    }

    static HubException tooManyRedirects(String file) {
        return new HubException("too many redirects for " + file);
    }

    static HubException damaged(String file, String expected, String actual) {
        return new HubException(file + " arrived damaged (its SHA-256 is " + actual + ", the Hub says " + expected
                + "): the partial download was deleted, run the same command again");
    }

    static HubException wrongSize(String file, long expected, long actual) {
        return new HubException(file + " arrived with " + actual + " bytes instead of " + expected
                + ": the partial download was deleted, run the same command again");
    }

    static HubException busy(String file, Path lock) {
        return new HubException("another download of " + file + " is running (lock " + lock + ")");
    }

    static FileWriteException diskFull(Path folder, long needed, long free) {
        return new FileWriteException(String.valueOf(folder), "no space left on device (" + bytes(needed)
                + " needed, " + bytes(free) + " free)", null);
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
