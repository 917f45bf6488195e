package vn.ntm.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Proves that this JVM is the only one using an embedded cluster: an exclusive lock on a file beside the data
 * directory ({@code postgres.lock} next to {@code postgres/}), held for the life of the JVM. The operating system
 * releases it when the JVM dies, even by {@code kill -9}, so a held lock means an application is running there,
 * and a free lock with a live postmaster means that postmaster was left behind by a killed run.
 */
final class DataDirectoryLock {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code dataDir} or throws {@link DataDirectoryInUseException} naming the holder. */
    static DataDirectoryLock acquire(Path dataDir) {
        Path file = fileOf(dataDir);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                Optional<Long> holder = readPid(channel);
                channel.close();
                throw new DataDirectoryInUseException(dataDir, holder.orElse(null));
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Không khóa được " + file + " / cannot lock: " + e.getMessage(), e);
        }
    }

    /** The lock file of a data directory: beside it, since initdb wants the directory itself empty. */
    static Path fileOf(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    boolean held() {
        return lock.isValid() && channel.isOpen();
    }

    private static Optional<Long> readPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        int read = channel.read(buffer, 0);
        if (read <= 0) {
            return Optional.empty();
        }
        String text = new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).trim();
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
