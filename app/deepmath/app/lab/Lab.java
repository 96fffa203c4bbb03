package deepmath.app.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * One lab of the main window: its panel, its part of the session file, and the files it opens.
 * Labs are created at start-up but should build their panel lazily, on the first {@link #view()}.
 */
public interface Lab {

    LabId id();

    /** The panel; built on the first call, on the FX thread, and the same node afterwards. */
    Node view();

    /** Called on the FX thread each time the user navigates to this lab (after {@link #view()}). */
    default void shown() {
    }

    /** This lab's state for File > Save session (an empty object when it has none). */
    default ObjectNode saveState() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Checks {@code state} (as written by {@link #saveState()}) and returns what applies it. Must not change
     * anything itself: a session is applied only when every lab accepted its part. Throws
     * {@link deepmath.core.BadInputException} naming the field that is wrong.
     */
    default Runnable prepareRestore(JsonNode state) {
        return () -> { };
    }

    /** What File > Export view as PNG captures: the panel by default, a lab may pick its main view. */
    default Node exportView() {
        return view();
    }

    /** File types File > Open hands to this lab while it is shown (none by default). */
    default List<FileChooser.ExtensionFilter> openableFiles() {
        return List.of();
    }

    /** Opens a file chosen with File > Open or dropped on the window; reports errors itself. */
    default void open(Path file) {
    }
}
