package deepmath.hub;

import deepmath.core.InputProblem;

/**
 * Trouble on the way to the Hub, not the user's mistake (exit 1 on the command line): no network, a cut or stalled
 * download, a damaged file, a server error. Carried by {@link HubException}s so the window says them in its
 * language from the {@code errors} bundle; the {@code REASON_…} constants are the parts of "cannot reach …
 * (reason)" the lab can name, {@link #REASON_OTHER} keeps the system's own words.
 */
public enum HubFailure implements InputProblem {
    UNREACHABLE("error.hub.unreachable", "cannot reach {0} ({1}): no network?"),
    NO_ANSWER("error.hub.noAnswer", "{0} did not answer within {1} s: try again later"),
    STALLED("error.hub.stalled",
            "the download of {0} stopped (nothing received for {1} s, {2} of {3}): run the same command again to resume"),
    CONNECTION_LOST("error.hub.connectionLost",
            "connection lost while downloading {0} ({1} of {2}): run the same command again to resume"),
    RATE_LIMITED("error.hub.rateLimited", "the Hub is limiting requests (429): try again in a minute"),
    SERVER_ERROR("error.hub.serverError", "the Hub answered {0} for {1}: try again later"),
    MISSING_HEADER("error.hub.missingHeader", "the Hub sent no {0} for {1} (is the endpoint a Hugging Face Hub?)"),
    TOO_MANY_REDIRECTS("error.hub.tooManyRedirects", "too many redirects for {0}"),
    DAMAGED("error.hub.damaged",
            "{0} arrived damaged (its SHA-256 is {1}, the Hub says {2}): the partial download was deleted, run the"
                    + " same command again"),
    WRONG_SIZE("error.hub.wrongSize",
            "{0} arrived with {1} bytes instead of {2}: the partial download was deleted, run the same command again"),
    BUSY("error.hub.busy", "another download of {0} is running (lock {1})"),
    REGISTRY_ERROR("error.hub.registryError", "{0} answered {1} for {2}: try again later"),
    DOWNLOAD_CUT("error.hub.downloadCut",
            "the download of {0} was cut ({1} of {2} bytes): nothing was kept, run the same command again"),
    INTEGRITY("error.hub.integrity",
            "{0} arrived damaged (its SHA-512 is not the catalogue''s {1}): nothing was kept, run the same command"
                    + " again"),
    REASON_UNKNOWN_HOST("error.hub.reason.unknownHost", "unknown host"),
    REASON_REFUSED("error.hub.reason.refused", "connection refused"),
    REASON_NO_ANSWER("error.hub.reason.noAnswer", "no answer"),
    REASON_OTHER("error.hub.reason.other", "{0}");

    private final Text text;

    HubFailure(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
