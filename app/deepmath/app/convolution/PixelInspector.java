package deepmath.app.convolution;

import deepmath.conv.CellBreakdown;
import deepmath.conv.Kernel;
import deepmath.conv.MatrixText;
import deepmath.image.ToneMapping;
import deepmath.viz.i18n.Messages;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;

/**
 * The pixel inspector: for the pixel under the pointer, the neighbourhood the kernel covers, the kernel as
 * slid (flipped for a convolution), their products and the sum, per channel, and the byte it becomes.
 */
final class PixelInspector {
    private final Messages text;
    private final Label label = new Label();

    PixelInspector(Messages text) {
        this.text = text;
        label.getStyleClass().add("conv-inspector");
        label.setId("conv-inspector");
        label.setWrapText(true);
        label.setMaxWidth(620);
        clear();
    }

    Label node() {
        return label;
    }

    void clear() {
        label.textProperty().unbind();
        label.textProperty().bind(text.text("inspector.hint"));
    }

    void show(int x, int y, List<CellBreakdown> channels, Kernel kernel, float[] tone, boolean grey) {
        label.textProperty().unbind();
        if (channels.isEmpty()) {
            label.setText(text.get("inspector.pooled", x, y));
            return;
        }
        StringBuilder out = new StringBuilder(text.get("inspector.pixel", x, y)).append('\n');
        CellBreakdown first = channels.get(0);
        if (kernel.rows() <= 5 && kernel.cols() <= 5) {
            out.append(text.get("inspector.columns")).append('\n');
            for (int u = 0; u < kernel.rows(); u++) {
                StringBuilder values = new StringBuilder();
                StringBuilder weights = new StringBuilder();
                StringBuilder products = new StringBuilder();
                for (int v = 0; v < kernel.cols(); v++) {
                    CellBreakdown.Term t = first.terms().get(u * kernel.cols() + v);
                    values.append(cell(t.value()));
                    weights.append(cell(t.weight()));
                    products.append(cell(t.product()));
                }
                out.append(values).append("  │").append(weights).append("  │").append(products).append('\n');
            }
        }
        String[] names = grey ? new String[] {text.get("inspector.grey")}
                : new String[] {text.get("inspector.red"), text.get("inspector.green"), text.get("inspector.blue")};
        for (int c = 0; c < channels.size(); c++) {
            double sum = channels.get(c).sum();
            out.append(String.format(Locale.ROOT, "%s: Σ = %s → %d%n", names[c], MatrixText.number((float) sum),
                    ToneMapping.toByte((float) sum, tone)));
        }
        label.setText(out.toString().stripTrailing());
    }

    /**
     * A pooled pixel: the block of the convolution's result it comes from (the first channel's numbers when
     * the block is at most 4 × 4), then each channel's max or mean and the byte it becomes.
     */
    void showPooled(int x, int y, ImagePreview.PooledBlock block, float[] tone, boolean grey) {
        label.textProperty().unbind();
        deepmath.conv.Pooling p = block.pooling();
        boolean max = p.kind() == deepmath.conv.Pooling.Kind.MAX;
        String kind = text.get(max ? "inspector.max" : "inspector.mean");
        StringBuilder out = new StringBuilder(text.get(max ? "inspector.pooledMax" : "inspector.pooledMean",
                String.valueOf(x), String.valueOf(y), String.valueOf(p.size()), String.valueOf(block.x0()),
                String.valueOf(block.x0() + p.size() - 1), String.valueOf(block.y0()),
                String.valueOf(block.y0() + p.size() - 1))).append('\n');
        if (p.size() <= 4) {
            for (float[] row : block.values()[0]) {
                for (float v : row) {
                    out.append(cell(v));
                }
                out.append('\n');
            }
        }
        String[] names = grey ? new String[] {text.get("inspector.grey")}
                : new String[] {text.get("inspector.red"), text.get("inspector.green"), text.get("inspector.blue")};
        for (int c = 0; c < block.pooled().length; c++) {
            out.append(String.format(Locale.ROOT, "%s: %s = %s → %d%n", names[c], kind,
                    MatrixText.number(block.pooled()[c]), ToneMapping.toByte(block.pooled()[c], tone)));
        }
        label.setText(out.toString().stripTrailing());
    }

    private static String cell(double value) {
        String s = Math.abs(value - Math.rint(value)) < 1e-9 ? MatrixText.number(value)
                : String.format(Locale.ROOT, "%.2f", value);
        return String.format(Locale.ROOT, "%7s", s.length() > 7 ? s.substring(0, 7) : s);
    }
}
