package vn.ntm.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredFilesTest {

    @TempDir
    Path directory;

    @Test
    void the_hash_is_the_standard_sha256() {
        // the FIPS 180-2 test vector for "abc"
        assertThat(StoredFiles.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_same_content_stored_twice_is_one_file_under_its_hash_and_reads_back() throws Exception {
        byte[] content = "biên bản đã ký".getBytes(StandardCharsets.UTF_8);
        String hash = StoredFiles.sha256(content);

        Path first = StoredFiles.store(directory, hash, content);
        Path second = StoredFiles.store(directory, hash, content);

        assertThat(second).isEqualTo(first);
        assertThat(first).isEqualTo(directory.resolve(hash.substring(0, 2)).resolve(hash));
        assertThat(StoredFiles.read(first)).isEqualTo(content);
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }
}
