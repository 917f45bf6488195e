package vn.ntm.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file, and a content-addressed folder: the same file uploaded twice is stored once. */
public final class StoredFiles {

    private StoredFiles() {}

    /** 64 lower-case hex digits: what is stored and shown beside every file kept. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code content} under {@code directory}/{first two digits}/{hash} unless it is there already. */
    public static Path store(Path directory, String hash, byte[] content) {
        try {
            Path dir = directory.resolve(hash.substring(0, 2));
            Files.createDirectories(dir);
            Path file = dir.resolve(hash);
            if (!Files.exists(file)) {
                Files.write(file, content);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
