package deepmath.conv;

import deepmath.core.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named kernels: every image kernel of the book (chapter 12) and the classics of image processing.
 * Keys are what the command line accepts ({@code --kernel emboss}); the panel translates them.
 */
public final class KernelLibrary {
    private static final Map<String, Kernel> KERNELS = build();

    private KernelLibrary() {
    }

    private static Map<String, Kernel> build() {
        Map<String, Kernel> k = new LinkedHashMap<>();
        // The book's kernels, in its order.
        k.put("identity", Kernel.parse("0,0,0;0,1,0;0,0,0"));
        k.put("blur", Kernel.parse("1,1,1;1,1,1;1,1,1").scaled(1.0 / 9));
        k.put("blur-5", Kernel.parse("1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1").scaled(1.0 / 25));
        k.put("gaussian", Kernel.parse("1,2,1;2,4,2;1,2,1").scaled(1.0 / 16));
        k.put("gaussian-5", Kernel.parse("1,4,6,4,1;4,16,24,16,4;6,24,36,24,6;4,16,24,16,4;1,4,6,4,1")
                .scaled(1.0 / 256));
        k.put("sharpen", Kernel.parse("0,-1,0;-1,5,-1;0,-1,0"));
        k.put("vertical", Kernel.parse("-1,2,-1;-1,2,-1;-1,2,-1"));
        k.put("horizontal", Kernel.parse("-1,2,-1;-1,2,-1;-1,2,-1").transposed());
        k.put("diagonal", Kernel.parse("-1,-1,2;-1,2,-1;2,-1,-1"));
        k.put("edges", Kernel.parse("-1,-1,-1;-1,8,-1;-1,-1,-1"));
        k.put("edges-cross", Kernel.parse("0,1,0;1,-4,1;0,1,0"));
        k.put("edges-diagonal", Kernel.parse("1,0,-1;0,0,0;-1,0,1"));
        k.put("emboss", Kernel.parse("-2,-1,0;-1,1,1;0,1,2"));
        // Classics beyond the book.
        k.put("sobel-x", Kernel.parse("-1,0,1;-2,0,2;-1,0,1"));
        k.put("sobel-y", Kernel.parse("-1,-2,-1;0,0,0;1,2,1"));
        k.put("prewitt-x", Kernel.parse("-1,0,1;-1,0,1;-1,0,1"));
        k.put("prewitt-y", Kernel.parse("-1,-1,-1;0,0,0;1,1,1"));
        k.put("laplacian-of-gaussian",
                Kernel.parse("0,0,-1,0,0;0,-1,-2,-1,0;-1,-2,16,-2,-1;0,-1,-2,-1,0;0,0,-1,0,0"));
        k.put("motion-blur", Kernel.parse("1,0,0,0,0;0,1,0,0,0;0,0,1,0,0;0,0,0,1,0;0,0,0,0,1").scaled(1.0 / 5));
        // Unsharp mask: 2·identity − Gaussian 5×5, i.e. the image plus its detail.
        k.put("unsharp-mask", Kernel.parse("1,4,6,4,1;4,16,24,16,4;6,24,-476,24,6;4,16,24,16,4;1,4,6,4,1")
                .scaled(-1.0 / 256));
        return k;
    }

    /** The keys, book kernels first. */
    public static List<String> keys() {
        return List.copyOf(KERNELS.keySet());
    }

    public static boolean has(String key) {
        return KERNELS.containsKey(key);
    }

    public static Kernel get(String key) {
        Kernel kernel = KERNELS.get(key);
        if (kernel == null) {
            throw new BadInputException(ConvProblem.UNKNOWN_KERNEL, key, String.join(", ", keys()));
        }
        return kernel;
    }

    /**
     * A kernel by name, or else parsed from {@code "rows;separated,by;..."}. A word that is no known name
     * (letters first, no ',' or ';') is a misspelt name, not a matrix: the message lists the names.
     */
    public static Kernel byNameOrText(String text) {
        String key = text.strip().toLowerCase(java.util.Locale.ROOT);
        return has(key) || looksLikeName(key) ? get(key) : Kernel.parse(text);
    }

    private static boolean looksLikeName(String key) {
        return key.matches("[a-z][a-z0-9_-]*");
    }

    /** The key of a library kernel equal to {@code kernel}, if any (for labelling user edits). */
    public static java.util.Optional<String> keyOf(Kernel kernel) {
        return KERNELS.entrySet().stream().filter(e -> e.getValue().equals(kernel)).map(Map.Entry::getKey)
                .findFirst();
    }
}
