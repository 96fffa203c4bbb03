package deepmath.nd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processor's vendor and instruction-set flags as the kernel reports them in {@code /proc/cpuinfo} (the flags
 * there are those the operating system also enables: a CPU with AVX-512 whose registers the kernel does not save
 * lists no {@code avx512f}). What {@link BlasCoreType} chooses OpenBLAS's kernels from.
 */
public record CpuFeatures(String vendor, Set<String> flags) {
    public CpuFeatures {
        flags = Set.copyOf(flags);
    }

    /** Every flag given is present. */
    public boolean has(String... names) {
        return flags.containsAll(Arrays.asList(names));
    }

    public boolean isAmd() {
        return vendor.equals("AuthenticAMD") || vendor.equals("HygonGenuine");
    }

    /** This machine's, or empty where there is no {@code /proc/cpuinfo} (not Linux) or it cannot be read. */
    public static Optional<CpuFeatures> ofThisMachine() {
        try {
            return Optional.of(parse(Files.readString(Path.of("/proc/cpuinfo"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The first processor's {@code vendor_id} and {@code flags} lines of a {@code /proc/cpuinfo} text. */
    static CpuFeatures parse(String cpuinfo) {
        String vendor = field(cpuinfo, "vendor_id");
        String flags = field(cpuinfo, "flags");
        return new CpuFeatures(vendor, Arrays.stream(flags.split("\\s+")).filter(f -> !f.isEmpty())
                .map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    private static String field(String cpuinfo, String name) {
        return cpuinfo.lines().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("");
    }
}
