package deepmath.hub;

import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.CancelledException;
import deepmath.core.FileWriteException;
import deepmath.core.Progress;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.HuggingFaceCache;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Downloads a GPT-2 repository from the Hub into the Hugging Face cache, the way {@code hf_hub_download} does for
 * each file: the revision is resolved to a commit by the first HEAD, every file is then asked for at that commit
 * (so all come from one commit), each blob is downloaded once into {@code blobs/{etag}.incomplete}, resumed with a
 * {@code Range} when an earlier run was cut, checked (size; SHA-256 for LFS files), renamed to {@code blobs/{etag}},
 * and linked from {@code snapshots/{commit}/{file}} by a relative symbolic link {@code ../../blobs/{etag}}.
 *
 * <p>A snapshot appears only complete: the links are made after every blob is in place, the weights' link last,
 * and a snapshot without weights is not a checkpoint to {@link HuggingFaceCache}; {@code refs/{revision}} is
 * written after that. Unlike recent huggingface_hub versions (which restart a cut download in a per-process
 * temporary file), the {@code .incomplete} file is kept to resume; a lock file beside it
 * ({@code .locks/models--{repo}/{etag}.lock}, the place huggingface_hub uses) keeps two runs of the lab from writing
 * it at once.
 */
public final class HubPull {
    /** Without these there is no model. */
    public static final List<String> REQUIRED = List.of(Gpt2Checkpoint.CONFIG, Gpt2Checkpoint.WEIGHTS);
    /** Taken when the repository has them (a GPT-2 without its own tokenizer uses the shipped one). */
    public static final List<String> OPTIONAL = List.of("vocab.json", "merges.txt", "tokenizer.json",
            "generation_config.json");

    private final HubSettings settings;
    private final HubHttp http;

    public HubPull(HubSettings settings) {
        this(settings, Duration.ofSeconds(60));
    }

    /** {@code stallTimeout}: how long a server may send nothing in the middle of a file. */
    HubPull(HubSettings settings, Duration stallTimeout) {
        this.settings = settings;
        this.http = new HubHttp(settings, stallTimeout);
    }

    /**
     * The snapshot folder of {@code repo} in the cache, downloading what is missing. Offline, the cached snapshot
     * or a refusal. Cancelling keeps what arrived for the next run.
     */
    public Path pull(ModelRepo repo, Progress progress) throws IOException {
        return pull(repo, progress, status -> progress.message(HubMessages.status(status)));
    }

    /**
     * As {@link #pull(ModelRepo, Progress)}, the transfer's status going to {@code status} (on the HTTP client's
     * threads) instead of English lines to {@code progress.message}: the window words it in its own language.
     */
    public Path pull(ModelRepo repo, Progress progress, Consumer<TransferStatus> status) throws IOException {
        HuggingFaceCache cache = settings.cache();
        if (settings.offline()) {
            return cache.snapshot(repo.id(), repo.revision()).orElseThrow(() ->
                    HubMessages.offline(repo, cache.hub()));
        }
        List<String> absent = new ArrayList<>();
        List<FileMetadata> files = metadata(repo, absent);
        String commit = files.get(0).commit();
        Path folder = cache.repoFolder(repo.id());
        Path blobs = folder.resolve("blobs");
        AtomicFiles.createFolder(blobs);
        long total = 0;
        long present = 0;
        for (FileMetadata f : files) {
            total += f.size();
            present += Files.exists(blobs.resolve(f.etag())) ? f.size() : partial(blobs, f);
        }
        checkSpace(blobs, total - present);
        TransferMeter meter = new TransferMeter(total, present, System::nanoTime);
        long done = 0;
        for (FileMetadata f : files) {
            progress.checkCancelled();
            blob(repo, blobs, f, done, total, meter, progress, status);
            done += f.size();
        }
        Path snapshot = folder.resolve("snapshots").resolve(commit);
        AtomicFiles.createFolder(snapshot);
        for (FileMetadata f : files) {
            if (!f.file().equals(Gpt2Checkpoint.WEIGHTS)) {
                link(snapshot, blobs.resolve(f.etag()), f.file());
            }
        }
        link(snapshot, blobs.resolve(files.get(1).etag()), Gpt2Checkpoint.WEIGHTS);
        if (!repo.revision().equals(commit)) {
            Path refs = folder.resolve("refs");
            Path ref = refs.resolve(repo.revision());
            AtomicFiles.createFolder(ref.getParent());
            // As huggingface_hub writes it: the commit hash alone, no line break.
            AtomicFiles.writeString(ref, commit);
        }
        // As hf_hub_download does on a 404: transformers then knows, offline too, that the file is not there.
        for (String name : absent) {
            Path marker = folder.resolve(".no_exist").resolve(commit).resolve(name);
            if (!Files.exists(marker)) {
                AtomicFiles.createFolder(marker.getParent());
                AtomicFiles.writeBytes(marker, new byte[0]);
            }
        }
        progress.update(total, total);
        return snapshot;
    }

    /**
     * Config first (its commit names the snapshot), weights second, then the optional files the repo has; those it
     * has not go to {@code absent}.
     */
    private List<FileMetadata> metadata(ModelRepo repo, List<String> absent) throws IOException {
        List<FileMetadata> files = new ArrayList<>();
        FileMetadata config = http.metadata(repo, repo.revision(), Gpt2Checkpoint.CONFIG)
                .orElseThrow(() -> HubMessages.fileNotFound(repo, Gpt2Checkpoint.CONFIG));
        files.add(config);
        String commit = config.commit();
        files.add(http.metadata(repo, commit, Gpt2Checkpoint.WEIGHTS)
                .orElseThrow(() -> HubMessages.fileNotFound(repo, Gpt2Checkpoint.WEIGHTS)));
        for (String name : OPTIONAL) {
            Optional<FileMetadata> meta = http.metadata(repo, commit, name);
            if (meta.isPresent()) {
                files.add(meta.get());
            } else {
                absent.add(name);
            }
        }
        return files;
    }

    private static long partial(Path blobs, FileMetadata f) {
        try {
            return Math.min(f.size(), Files.size(incomplete(blobs, f)));
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path incomplete(Path blobs, FileMetadata f) {
        return blobs.resolve(f.etag() + ".incomplete");
    }

    static void checkSpace(Path folder, long needed) throws IOException {
        long free;
        try {
            free = Files.getFileStore(folder).getUsableSpace();
        } catch (IOException | UnsupportedOperationException e) {
            return; // a file system that cannot tell: the writes themselves will say when it is full
        }
        if (free > 0 && needed > free) {
            throw HubMessages.diskFull(folder, needed, free);
        }
    }

    /** Makes {@code blobs/{etag}}: resumed, verified, renamed; nothing to do when it is there. */
    private void blob(ModelRepo repo, Path blobs, FileMetadata f, long before, long total, TransferMeter meter,
            Progress progress, Consumer<TransferStatus> status) throws IOException {
        Path blob = blobs.resolve(f.etag());
        if (Files.exists(blob)) {
            return;
        }
        Path locks = settings.cache().hub().resolve(".locks").resolve(HuggingFaceCache.folderName(repo.id()));
        AtomicFiles.createFolder(locks);
        Path lockFile = locks.resolve(f.etag() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel, f.file(), lockFile)) {
            if (Files.exists(blob)) {
                return; // the other run finished it while we waited for the lock
            }
            Path incomplete = incomplete(blobs, f);
            String sha256;
            long received;
            try (BlobSink sink = new BlobSink(f.file(), incomplete, f.size(), position -> {
                progress.update(before + position, total);
                status.accept(meter.status(f.file(), before + position));
            })) {
                if (sink.position() < f.size()) {
                    download(repo, f, sink, progress);
                }
                sink.force();
                received = sink.position();
                sha256 = sink.sha256();
            }
            if (received < f.size()) {
                throw HubMessages.connectionLost(f.file(), received, f.size(), null);
            }
            if (received > f.size()) {
                Files.deleteIfExists(incomplete);
                throw HubMessages.wrongSize(f.file(), f.size(), received);
            }
            if (f.checkable() && !sha256.equals(f.etag())) {
                Files.deleteIfExists(incomplete);
                throw HubMessages.damaged(f.file(), f.etag(), sha256);
            }
            try {
                Files.move(incomplete, blob, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw AtomicFiles.failure(String.valueOf(blob), e);
            }
        } catch (IOException e) {
            if (e instanceof HubException || e instanceof FileWriteException) {
                throw e;
            }
            throw AtomicFiles.failure(String.valueOf(lockFile), e);
        }
    }

    private static FileLock tryLock(FileChannel channel, String file, Path lockFile) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw HubMessages.busy(file, lockFile);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw HubMessages.busy(file, lockFile);
        }
    }

    /** A transfer that breaks off keeps its bytes: the message says to run again, which resumes. */
    private void download(ModelRepo repo, FileMetadata f, BlobSink sink, Progress progress) throws IOException {
        try {
            http.download(repo, f, sink, progress);
        } catch (HubException | FileWriteException | BadInputException | CancelledException e) {
            throw e;
        } catch (IOException e) {
            throw HubMessages.connectionLost(f.file(), sink.position(), f.size(), e);
        }
    }

    /**
     * {@code snapshots/{commit}/{file}} → {@code ../../blobs/{etag}}, relative as huggingface_hub makes it (the
     * cache can be moved), made under a temporary name and renamed over, so it never points nowhere. Where links are
     * not allowed (Windows without developer mode, some network or FAT drives) huggingface_hub copies the blob
     * instead, and so does this.
     */
    static void link(Path snapshot, Path blob, String file) throws IOException {
        Path pointer = snapshot.resolve(file);
        if (Files.exists(pointer)) {
            return;
        }
        Path relative = pointer.getParent().relativize(blob);
        Path temporary = pointer.resolveSibling("." + file + "." + UUID.randomUUID().toString().substring(0, 8)
                + ".link");
        try {
            Files.createSymbolicLink(temporary, relative);
            Files.move(temporary, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.deleteIfExists(temporary);
            AtomicFiles.write(pointer, out -> Files.copy(blob, out));
        } catch (IOException e) {
            throw AtomicFiles.failure(String.valueOf(pointer), e);
        }
    }

    /** The snapshot already in the cache for {@code repo}, without asking the Hub. */
    public Optional<Path> cached(ModelRepo repo) {
        return settings.cache().snapshot(repo.id(), repo.revision());
    }
}
