package deepmath.app.cli;

import deepmath.core.BadInputException;
import deepmath.core.BookPreset;
import java.util.List;
import java.util.stream.Collectors;

/** Finds a preset by key for {@code --preset KEY}; an unknown key is bad input naming the keys there are. */
final class PresetLookup {
    private PresetLookup() {
    }

    static <T extends BookPreset> T find(List<T> presets, String key, String option) {
        for (T preset : presets) {
            if (preset.key().equals(key)) {
                return preset;
            }
        }
        throw new BadInputException(option + ": unknown preset '" + key + "' (known: "
                + presets.stream().map(BookPreset::key).collect(Collectors.joining(", ")) + ")");
    }
}
