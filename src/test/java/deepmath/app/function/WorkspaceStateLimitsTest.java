package deepmath.app.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

/** A session restores its formula through the same parser limits as the formula bar: bad input, no crash. */
class WorkspaceStateLimitsTest {

    @Test
    void aSessionWithAFormulaNestedTooDeepIsRefusedBeforeAnythingApplies() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("formula", "sin(".repeat(50_000) + "x" + ")".repeat(50_000));
        // validation comes first: the workspace is not touched (null here) when the formula is refused
        BadInputException e = assertThrows(BadInputException.class, () -> WorkspaceState.prepare(node, null));
        assertTrue(e.getMessage().contains("the formula is 250001 characters long, more than the 100000"),
                e.getMessage());
        node.put("formula", "(".repeat(5000) + "x" + ")".repeat(5000));
        e = assertThrows(BadInputException.class, () -> WorkspaceState.prepare(node, null));
        assertTrue(e.getMessage().startsWith("Column 202: the formula nests more than 200 levels deep"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void line3686TheBooksFiveByFiveMeshgridIsAResolutionASessionKeepsAndFourIsRefused() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("formula", "x^2 - y^2");
        node.putArray("window").add(-2).add(2).add(-2).add(2);
        node.put("resolution", 5);   // n = 5: VX = np.linspace(-2.0, 2.0, n)
        FunctionWorkspace w = new FunctionWorkspace();
        WorkspaceState.prepare(node, w).run();
        assertEquals(5, w.resolutionProperty().get());
        node.put("resolution", 4);
        assertThrows(BadInputException.class, () -> WorkspaceState.prepare(node, new FunctionWorkspace()));
    }
}
