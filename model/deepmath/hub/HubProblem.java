package deepmath.hub;

import deepmath.core.InputProblem;

/**
 * The Hub client's refusals (the user's to fix: exit 2): a repository, revision or file that does not exist, a token
 * that is missing or refused, offline mode, a name that is not in the cache. The window says them from the
 * {@code errors} bundle; {@link HubMessages} builds them.
 */
public enum HubProblem implements InputProblem {
    BAD_ENDPOINT("error.hub.endpoint",
            "the Hub endpoint must be an http:// or https:// URL (--endpoint or HF_ENDPOINT), got ''{0}''"),
    BAD_REPO_ID("error.hub.repoId",
            "''{0}'' is not a Hugging Face repository id (like gpt2, distilgpt2 or openai-community/gpt2-medium)"),
    BAD_REVISION("error.hub.revision",
            "''{0}'' is not a revision (a branch like main, a tag or a commit)"),
    OFFLINE("error.hub.offline",
            "HF_HUB_OFFLINE is set and {0} ({1}) is not in {2}: unset HF_HUB_OFFLINE to download it"),
    REPO_NOT_FOUND("error.hub.repoNotFound",
            "no repository {0} on {1} (or it is private or gated: set HF_TOKEN to a Hugging Face access token that"
                    + " can read it)"),
    REPO_NOT_FOUND_WITH_TOKEN("error.hub.repoNotFoundWithToken",
            "no repository {0} on {1} that your HF_TOKEN can read"),
    GATED("error.hub.gated",
            "{0} is gated: accept its conditions on {1}/{0}, then set HF_TOKEN to a Hugging Face access token that"
                    + " can read it"),
    GATED_WITH_TOKEN("error.hub.gatedWithToken",
            "{0} is gated: accept its conditions on {1}/{0} with the account of your HF_TOKEN"),
    TOKEN_REFUSED("error.hub.tokenRefused",
            "{0} refused HF_TOKEN (invalid credentials): check the token or unset it"),
    FORBIDDEN("error.hub.forbidden",
            "access to {0} is forbidden (403): set HF_TOKEN to a Hugging Face access token that can read it"),
    FORBIDDEN_WITH_TOKEN("error.hub.forbiddenWithToken",
            "access to {0} is forbidden (403): your HF_TOKEN cannot read it"),
    REVISION_NOT_FOUND("error.hub.revisionNotFound",
            "{0} has no revision ''{1}''"),
    FILE_NOT_FOUND("error.hub.fileNotFound",
            "{0} has no {1} at {2} (the lab reads GPT-2 checkpoints in safetensors format)"),
    NOT_IN_CACHE("error.hub.notInCache",
            "''{0}'' is neither a folder nor a model in the Hugging Face cache ({1}): run"
                    + " ''deepmath-lab models pull {0}'' to download it");

    private final Text text;

    HubProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
