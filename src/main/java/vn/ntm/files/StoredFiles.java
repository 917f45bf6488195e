package vn.ntm.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;

/** The SHA-256 of a file, its name as uploaded, and a content-addressed folder (a file uploaded twice is stored once). */
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

    /**
     * The uploaded file's own name, without the folders some browsers send ("C:\\Users\\...\\bien-ban.pdf"), checked
     * with the text rule before any path is made of it ({@code fallback} when none was sent).
     */
    public static String fileName(String uploaded, String fallback) {
        if (uploaded == null || uploaded.isBlank()) {
            return fallback;
        }
        InputText.characters("file", uploaded).ifPresent(p -> {
            throw new BadInputException(List.of(p));
        });
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1)
                .trim();
        InputText.check("file", name, TextKind.FILE_NAME);
        return name.isEmpty() ? fallback : name;
    }

    public static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
