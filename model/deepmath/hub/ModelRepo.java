package deepmath.hub;

import java.util.regex.Pattern;

/**
 * A model repository on the Hub and a revision of it: {@code gpt2}, {@code distilgpt2},
 * {@code openai-community/gpt2-medium} at {@code main}, a tag or a commit. Checked as huggingface_hub's
 * {@code validate_repo_id} does (letters, digits, {@code - _ .}, one optional {@code /}, no {@code --} or
 * {@code ..}, at most 96 characters), so that the name is safe both in a URL and as a cache folder.
 */
public record ModelRepo(String id, String revision) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][\\w.-]*(/[\\w.-]+)?");
    private static final Pattern REVISION = Pattern.compile("[\\w.-]+(/[\\w.-]+)*");

    public ModelRepo {
        if (!isRepoId(id)) {
            throw HubMessages.badRepoId(id);
        }
        if (revision == null || !REVISION.matcher(revision).matches() || revision.contains("..")
                || revision.length() > 200) {
            throw HubMessages.badRevision(revision);
        }
    }

    /** True for a well-formed repository id (it says nothing about whether the Hub has it). */
    public static boolean isRepoId(String id) {
        return id != null && id.length() <= 96 && ID.matcher(id).matches() && !id.contains("--")
                && !id.contains("..") && !id.endsWith(".") && !id.endsWith("/");
    }

    @Override
    public String toString() {
        return id + "@" + revision;
    }
}
