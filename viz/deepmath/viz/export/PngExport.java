package deepmath.viz.export;

import deepmath.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/** Writes what a view shows to a PNG file (File > Export view as PNG, and the screenshots). */
public final class PngExport {
    private PngExport() {
    }

    /** Snapshot of {@code node} at {@code scale}× its size (2 gives print quality); call on the FX thread. */
    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(scale, scale));
        return node.snapshot(parameters, null);
    }

    /** Writes atomically ({@link AtomicFiles}): a half-written PNG never appears under the name. */
    public static void write(WritableImage image, Path file) throws IOException {
        AtomicFiles.createFolder(file.toAbsolutePath().getParent());
        AtomicFiles.writeImage(SwingFXUtils.fromFXImage(image, null), "png", file);
    }
}
