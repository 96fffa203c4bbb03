package deepmath.hub;

import deepmath.core.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * Where a download's bytes go: the blob's {@code .incomplete} file, appended to (so a cut download resumes where it
 * stopped), with the SHA-256 of everything in it kept up to date. The HTTP client calls it on its own threads; the
 * waiting thread may stop it at any time (cancel, stall), after which nothing more is written.
 */
final class BlobSink implements Flow.Subscriber<List<ByteBuffer>>, AutoCloseable {
    private final String file;
    private final Path incomplete;
    private final long total;
    private final FileChannel channel;
    private final MessageDigest digest;
    private final LongConsumer onBytes;
    private Flow.Subscription subscription;
    private boolean stopped;
    private volatile long position;
    private volatile long lastByte = System.nanoTime();
    private volatile IOException failure;

    /** Opens (or creates) {@code incomplete}, hashing what an earlier run left in it. */
    BlobSink(String file, Path incomplete, long total, LongConsumer onBytes) throws IOException {
        this(file, incomplete, total, "SHA-256", onBytes);
    }

    /** As above with another digest: npm's tarballs are checked by SHA-512 ({@code dist.integrity}). */
    BlobSink(String file, Path incomplete, long total, String algorithm, LongConsumer onBytes) throws IOException {
        this.file = file;
        this.incomplete = incomplete;
        this.total = total;
        this.onBytes = onBytes;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256 and SHA-512", e);
        }
        try {
            channel = FileChannel.open(incomplete, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            position = channel.size();
            if (position > total) {
                channel.truncate(0);
                position = 0;
            }
            if (position > 0) {
                try (InputStream in = Files.newInputStream(incomplete)) {
                    byte[] buffer = new byte[1 << 16];
                    long left = position;
                    for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                        digest.update(buffer, 0, n);
                        left -= n;
                    }
                }
            }
            channel.position(position);
        } catch (IOException e) {
            throw AtomicFiles.failure(String.valueOf(incomplete), e);
        }
    }

    String file() {
        return file;
    }

    long total() {
        return total;
    }

    long position() {
        return position;
    }

    IOException failure() {
        return failure;
    }

    Duration stalledFor() {
        return Duration.ofNanos(System.nanoTime() - lastByte);
    }

    /** The response has started: a 200 to a {@code Range} request means the server sends it all again. */
    synchronized void begin(boolean partial) {
        lastByte = System.nanoTime();
        if (!partial && position > 0) {
            try {
                channel.truncate(0);
                channel.position(0);
                position = 0;
                digest.reset();
            } catch (IOException e) {
                failure = AtomicFiles.failure(String.valueOf(incomplete), e);
            }
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> items) {
        if (stopped || failure != null) {
            subscription.cancel();
            return;
        }
        try {
            for (ByteBuffer buffer : items) {
                digest.update(buffer.duplicate());
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer);
                }
            }
        } catch (IOException e) {
            failure = AtomicFiles.failure(String.valueOf(incomplete), e);
            subscription.cancel();
            return;
        }
        lastByte = System.nanoTime();
        onBytes.accept(position);
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        // The response future fails with it; the waiting thread reports it.
    }

    @Override
    public void onComplete() {
        // The response future completes.
    }

    /** The hex SHA-256 of all the bytes in the file. */
    synchronized String sha256() {
        return HexFormat.of().formatHex(((MessageDigest) cloneDigest()).digest());
    }

    /** The digest of all the bytes in the file, as bytes (npm's integrity is their base64). */
    synchronized byte[] digest() {
        return ((MessageDigest) cloneDigest()).digest();
    }

    private Object cloneDigest() {
        try {
            return digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forces the bytes to the disk (before the rename that makes the blob). */
    synchronized void force() throws IOException {
        try {
            channel.force(true);
        } catch (IOException e) {
            throw AtomicFiles.failure(String.valueOf(incomplete), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        stopped = true;
        if (subscription != null) {
            subscription.cancel();
        }
        channel.close();
    }
}
