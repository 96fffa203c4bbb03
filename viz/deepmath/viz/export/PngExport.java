package deepmath.viz.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

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

    /** Encodes to a temporary file then renames it: a half-written PNG never appears under the name. */
    public static void write(WritableImage image, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", temporary.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
