package deepmath.datasets;

import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * An npm tarball ({@code .tgz}: gzip of a tar whose entries all start with {@code package/}), unpacked into a
 * folder: only the files the set's readers need are written, each through {@link AtomicFiles}. Called on a tarball
 * whose SHA-512 was checked, into a folder that is renamed into place afterwards.
 */
public final class PackageTarball {
    static final String PREFIX = "package/";

    private PackageTarball() {
    }

    /** Unpacks {@code set.files()} of {@code tgz} into {@code into}; refuses a tarball that lacks one. */
    public static void unpack(Path tgz, Path into, PulledSet set) throws IOException {
        AtomicFiles.createFolder(into);
        Path root = into.toAbsolutePath().normalize();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tgz), 1 << 16);
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry entry; (entry = tar.getNextTarEntry()) != null; ) {
                if (!entry.isFile()) {
                    continue;
                }
                String name = entry.getName();
                String relative = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
                Path target = root.resolve(relative).normalize();
                // A tarball naming ../x or /x would write outside the set's folder ("tar slip").
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new BadInputException(DataSetProblem.UNSAFE_ENTRY, set.coordinates(), name);
                }
                if (!set.files().contains(relative)) {
                    continue;
                }
                AtomicFiles.createFolder(target.getParent());
                AtomicFiles.write(target, tar::transferTo);
            }
        }
        for (String file : set.files()) {
            if (!Files.isRegularFile(root.resolve(file))) {
                throw new BadInputException(DataSetProblem.INCOMPLETE, file, set.coordinates());
            }
        }
    }
}
