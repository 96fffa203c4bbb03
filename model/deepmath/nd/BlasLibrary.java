package deepmath.nd;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which OpenBLAS library the engine loads: the build bundled in the bytedeco preset jar, or the system's own copy of
 * the same release. Debian's {@code libopenblas0-pthread} 0.3.21 ran GPT-2's products as fast or faster than the
 * bundled 0.3.21 on the same kernels in every run (the same core type, called through ctypes on cold weights, one
 * thread of an AMD EPYC Zen 3: 0–38 % more GFLOP/s, 17 % in the quieter minutes; the lab's 64-token pass 4–19 %
 * faster; docs/benchmarks.md), and it is the library PyTorch uses on such a machine.
 * <p>
 * JavaCPP's presets can load another library in place of their own ({@code org.bytedeco.openblas.load}, with the
 * library's folder on {@code java.library.path}, both read when the preset loads). So before the engine first loads
 * OpenBLAS, {@link #prepare()} sets both when the environment variable {@value #VARIABLE} allows it:
 * <ul>
 * <li>{@code auto} (or unset): the system's pthreads build of the bundled release, {@value #RELEASE}, if it is
 * installed — the one configuration besides the bundled library that the test suite has run on; otherwise the
 * bundled library;</li>
 * <li>{@code system}: the system's pthreads build of any release found (the user's call; untested releases);</li>
 * <li>{@code bundled}: always the bundled library.</li>
 * </ul>
 * A user's own {@code -Dorg.bytedeco.openblas.load} is always kept. The OpenMP build ({@code libopenblas0-openmp}) is
 * never taken: its OpenMP runtime would be a second one beside ND4J's. If the chosen file cannot be loaded after all,
 * JavaCPP falls back to the bundled library by itself (a preset's extra library is optional).
 * {@link BlasCoreType#library()} says which one is running.
 */
public final class BlasLibrary {
    static final String VARIABLE = "DEEPMATH_BLAS";
    static final String RELEASE = "0.3.21";
    static final String LOAD_PROPERTY = "org.bytedeco.openblas.load";
    /** Where Debian and Ubuntu install libopenblas0-pthread (one folder per multiarch triplet). */
    static final List<Path> FOLDERS = List.of(Path.of("/usr/lib/x86_64-linux-gnu/openblas-pthread"),
            Path.of("/usr/lib/aarch64-linux-gnu/openblas-pthread"));

    private BlasLibrary() {
    }

    /**
     * The system library to load instead of the bundled one, or empty for the bundled one.
     *
     * @param setting   the value of {@value #VARIABLE} (null when unset)
     * @param userLoad  the user's {@value #LOAD_PROPERTY} (null when unset): kept, so nothing is chosen
     * @param folders   where to look
     * @param listing   the files of a folder (empty when it does not exist)
     */
    static Optional<Path> choose(String setting, String userLoad, List<Path> folders,
                                 java.util.function.Function<Path, List<Path>> listing) {
        if (userLoad != null && !userLoad.isBlank()) {
            return Optional.empty();
        }
        String mode = setting == null || setting.isBlank() ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        if (mode.equals("bundled")) {
            return Optional.empty();
        }
        Predicate<Path> wanted = mode.equals("system")
                ? file -> file.getFileName().toString().matches("libopenblasp-r[0-9.]+\\.so")
                : file -> file.getFileName().toString().equals("libopenblasp-r" + RELEASE + ".so");
        for (Path folder : folders) {
            Optional<Path> found = listing.apply(folder).stream().filter(wanted).sorted().findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** JavaCPP's name for a library file: libNAME.so → NAME. */
    static String loadName(Path library) {
        String file = library.getFileName().toString();
        return file.substring("lib".length(), file.length() - ".so".length());
    }

    /**
     * Chooses once (later calls are free) and, when a system library is chosen, points the presets at it; call it
     * before OpenBLAS loads. Returns the library chosen, or empty for the bundled one.
     */
    public static Optional<Path> prepare() {
        return Chosen.LIBRARY;
    }

    /** A lazy holder: the choice is made and set when first asked for. */
    private static final class Chosen {
        static final Optional<Path> LIBRARY = set(System.getenv());

        private static Optional<Path> set(Map<String, String> environment) {
            Optional<Path> library = choose(environment.get(VARIABLE), System.getProperty(LOAD_PROPERTY), FOLDERS,
                    Chosen::files);
            library.ifPresent(file -> {
                // Read by JavaCPP itself when it looks for the library (the JDK's own loader read its copy at start).
                String path = System.getProperty("java.library.path", "");
                String folder = file.getParent().toString();
                System.setProperty("java.library.path", path.isEmpty() ? folder : path + File.pathSeparator + folder);
                System.setProperty(LOAD_PROPERTY, loadName(file));
            });
            return library;
        }

        private static List<Path> files(Path folder) {
            try (var stream = Files.list(folder)) {
                return stream.toList();
            } catch (java.io.IOException | SecurityException e) {
                return List.of();
            }
        }
    }
}
