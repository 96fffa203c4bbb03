package deepmath.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small disk for tests: the real folders, seen through a file system that accepts only {@code capacity} more
 * bytes in all and then fails every write with "No space left on device", as a full disk does. Code that writes
 * through {@link java.nio.file.Files} or file channels meets the full disk; code that goes around it through
 * {@code Path.toFile()} cannot use these paths at all.
 */
public final class SmallDisk {
    private final Provider provider = new Provider();
    private final Fs fileSystem = new Fs();
    private final AtomicLong free;

    private SmallDisk(long capacity) {
        this.free = new AtomicLong(capacity);
    }

    /** A disk that takes {@code capacity} more bytes. */
    public static SmallDisk withRoom(long capacity) {
        return new SmallDisk(capacity);
    }

    /** {@code real} seen through this disk. */
    public Path path(Path real) {
        return new DiskPath(real.toAbsolutePath());
    }

    private Path real(Path path) {
        if (path instanceof DiskPath p) {
            return p.real;
        }
        throw new java.nio.file.ProviderMismatchException();
    }

    private Path wrap(Path real) {
        return real == null ? null : new DiskPath(real);
    }

    private static FileSystemProvider platform() {
        return FileSystems.getDefault().provider();
    }

    private void take(Path file, int bytes) throws IOException {
        if (free.addAndGet(-bytes) < 0) {
            free.set(0);
            throw new FileSystemException(file.toString(), null, "No space left on device");
        }
    }

    private final class Provider extends FileSystemProvider {
        @Override
        public String getScheme() {
            return "smalldisk";
        }

        @Override
        public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileSystem getFileSystem(URI uri) {
            return fileSystem;
        }

        @Override
        public Path getPath(URI uri) {
            return wrap(Path.of(uri));
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
                                                  FileAttribute<?>... attrs) throws IOException {
            return newFileChannel(path, options, attrs);
        }

        @Override
        public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            FileChannel channel = platform().newFileChannel(real(path), options, attrs);
            boolean writes = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
            return writes ? new Metered(channel, real(path)) : channel;
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
                throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = platform().newDirectoryStream(real(dir), p -> true)) {
                for (Path p : stream) {
                    if (filter.accept(wrap(p))) {
                        entries.add(wrap(p));
                    }
                }
            }
            return new DirectoryStream<>() {
                @Override
                public Iterator<Path> iterator() {
                    return entries.iterator();
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
            platform().createDirectory(real(dir), attrs);
        }

        @Override
        public void delete(Path path) throws IOException {
            platform().delete(real(path));
        }

        @Override
        public void copy(Path source, Path target, CopyOption... options) throws IOException {
            take(target, (int) Math.min(Integer.MAX_VALUE, platform().readAttributes(real(source),
                    BasicFileAttributes.class).size()));
            platform().copy(real(source), real(target), options);
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            platform().move(real(source), real(target), options);
        }

        @Override
        public boolean isSameFile(Path path, Path path2) throws IOException {
            return platform().isSameFile(real(path), real(path2));
        }

        @Override
        public boolean isHidden(Path path) throws IOException {
            return platform().isHidden(real(path));
        }

        @Override
        public FileStore getFileStore(Path path) throws IOException {
            return platform().getFileStore(real(path));
        }

        @Override
        public void checkAccess(Path path, AccessMode... modes) throws IOException {
            platform().checkAccess(real(path), modes);
        }

        @Override
        public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
            return platform().getFileAttributeView(real(path), type, options);
        }

        @Override
        public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
                throws IOException {
            return platform().readAttributes(real(path), type, options);
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
                throws IOException {
            return platform().readAttributes(real(path), attributes, options);
        }

        @Override
        public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
            platform().setAttribute(real(path), attribute, value, options);
        }

        @Override
        public Path readSymbolicLink(Path link) throws IOException {
            return wrap(platform().readSymbolicLink(real(link)));
        }
    }

    /** A channel that charges every written byte to the disk's room. */
    private final class Metered extends FileChannel {
        private final FileChannel channel;
        private final Path file;

        Metered(FileChannel channel, Path file) {
            this.channel = channel;
            this.file = file;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return channel.read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int room = (int) Math.min(src.remaining(), Math.max(0, free.get()));
            if (room < src.remaining()) {
                // a full disk takes what fits, then refuses the rest
                ByteBuffer part = src.duplicate();
                part.limit(part.position() + room);
                int written = channel.write(part);
                src.position(src.position() + written);
                take(file, written + 1);
            }
            take(file, src.remaining());
            return channel.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += write(srcs[i]);
            }
            return total;
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            channel.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return channel.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            take(file, src.remaining());
            return channel.write(src, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return channel.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }

    private final class Fs extends FileSystem {
        @Override
        public FileSystemProvider provider() {
            return provider;
        }

        @Override
        public void close() {
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public boolean isReadOnly() {
            return false;
        }

        @Override
        public String getSeparator() {
            return FileSystems.getDefault().getSeparator();
        }

        @Override
        public Iterable<Path> getRootDirectories() {
            List<Path> roots = new ArrayList<>();
            FileSystems.getDefault().getRootDirectories().forEach(r -> roots.add(wrap(r)));
            return roots;
        }

        @Override
        public Iterable<FileStore> getFileStores() {
            return FileSystems.getDefault().getFileStores();
        }

        @Override
        public Set<String> supportedFileAttributeViews() {
            return FileSystems.getDefault().supportedFileAttributeViews();
        }

        @Override
        public Path getPath(String first, String... more) {
            return wrap(Path.of(first, more));
        }

        @Override
        public PathMatcher getPathMatcher(String syntaxAndPattern) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher(syntaxAndPattern);
            return p -> matcher.matches(real(p));
        }

        @Override
        public UserPrincipalLookupService getUserPrincipalLookupService() {
            return FileSystems.getDefault().getUserPrincipalLookupService();
        }

        @Override
        public WatchService newWatchService() {
            throw new UnsupportedOperationException();
        }
    }

    private final class DiskPath implements Path {
        private final Path real;

        DiskPath(Path real) {
            this.real = real;
        }

        private Path unwrap(Path other) {
            return other instanceof DiskPath d ? d.real : other;
        }

        @Override
        public FileSystem getFileSystem() {
            return fileSystem;
        }

        @Override
        public boolean isAbsolute() {
            return real.isAbsolute();
        }

        @Override
        public Path getRoot() {
            return wrap(real.getRoot());
        }

        @Override
        public Path getFileName() {
            return wrap(real.getFileName());
        }

        @Override
        public Path getParent() {
            return wrap(real.getParent());
        }

        @Override
        public int getNameCount() {
            return real.getNameCount();
        }

        @Override
        public Path getName(int index) {
            return wrap(real.getName(index));
        }

        @Override
        public Path subpath(int beginIndex, int endIndex) {
            return wrap(real.subpath(beginIndex, endIndex));
        }

        @Override
        public boolean startsWith(Path other) {
            return real.startsWith(unwrap(other));
        }

        @Override
        public boolean endsWith(Path other) {
            return real.endsWith(unwrap(other));
        }

        @Override
        public Path normalize() {
            return wrap(real.normalize());
        }

        @Override
        public Path resolve(Path other) {
            return wrap(real.resolve(unwrap(other)));
        }

        @Override
        public Path relativize(Path other) {
            return wrap(real.relativize(unwrap(other)));
        }

        @Override
        public URI toUri() {
            return real.toUri();
        }

        @Override
        public Path toAbsolutePath() {
            return wrap(real.toAbsolutePath());
        }

        @Override
        public Path toRealPath(LinkOption... options) throws IOException {
            return wrap(real.toRealPath(options));
        }

        @Override
        public java.io.File toFile() {
            throw new UnsupportedOperationException("a SmallDisk path has no java.io.File");
        }

        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int compareTo(Path other) {
            return real.compareTo(unwrap(other));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DiskPath d && d.real.equals(real);
        }

        @Override
        public int hashCode() {
            return real.hashCode();
        }

        @Override
        public String toString() {
            return real.toString();
        }
    }
}
