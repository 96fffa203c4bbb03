package deepmath.app.lab;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** Line icons of the labs (24-unit drawings scaled to the requested size); colours come from the CSS. */
public final class LabIcons {
    private LabIcons() {
    }

    public static Node icon(LabId id, double size) {
        SVGPath path = new SVGPath();
        path.setContent(pathOf(id));
        path.getStyleClass().add("lab-icon-path");
        Group group = new Group(path);
        double scale = size / 24.0;
        group.setScaleX(scale);
        group.setScaleY(scale);
        Group sized = new Group(group);
        sized.getStyleClass().add("lab-icon");
        return sized;
    }

    private static String pathOf(LabId id) {
        return switch (id) {
            // a surface patch: two wavy lines and their rulings
            case SURFACES -> "M2 15 C6 7 10 7 13 11 S19 16 22 9 M2 20 C6 12 10 12 13 16 S19 21 22 14"
                    + " M2 15 L2 20 M7 10 L7 15 M12 10 L12 15 M17 14 L17 19 M22 9 L22 14";
            // nested level lines around a minimum
            case LEVEL_SETS -> "M12 3 C18 3 22 7 22 12 C22 17 18 21 12 21 C6 21 2 17 2 12 C2 7 6 3 12 3 Z"
                    + " M12 7 C15.5 7 18 9.2 18 12 C18 14.8 15.5 17 12 17 C8.5 17 6 14.8 6 12 C6 9.2 8.5 7 12 7 Z"
                    + " M12 10.5 C13 10.5 14 11.2 14 12 C14 12.8 13 13.5 12 13.5 C11 13.5 10 12.8 10 12"
                    + " C10 11.2 11 10.5 12 10.5 Z";
            // a zig-zag path going down to the bottom of a valley
            case DESCENT -> "M2 4 C6 20 18 20 22 4 M5 7 L17 9 L8 13 L14 15 L12 17";
            // a 2-3-1 network
            case NETWORK -> "M4 8 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0 M4 16 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0"
                    + " M12 5 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0 M12 12 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0"
                    + " M12 19 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0 M20 12 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0"
                    + " M6 8 L10 5 M6 8 L10 12 M6 8 L10 19 M6 16 L10 5 M6 16 L10 12 M6 16 L10 19"
                    + " M14 5 L18 12 M14 12 L18 12 M14 19 L18 12";
            // a handwritten 7 in a 28 x 28 frame
            case DIGITS -> "M3 3 H21 V21 H3 Z M8 7 H16 L11 18 M9.5 12.5 H14.5";
            // three stacked layers of growing width joined into one output, as a summary lists them
            case MODELS -> "M4 4 H12 V7 H4 Z M4 10.5 H16 V13.5 H4 Z M4 17 H20 V20 H4 Z M8 7 V10.5 M8 13.5 V17";
            // a 3x3 kernel over an image grid
            case CONVOLUTION -> "M3 3 H21 V21 H3 Z M9 3 V21 M15 3 V21 M3 9 H21 M3 15 H21 M9 9 H15 V15 H9 Z";
            // two token columns joined by attention lines
            case ATTENTION -> "M3 4 H7 M3 10 H7 M3 16 H7 M17 4 H21 M17 10 H21 M17 16 H21 M3 21 H21"
                    + " M7 4 L17 4 M7 10 L17 4 M7 10 L17 10 M7 16 L17 4 M7 16 L17 16";
        };
    }
}
