package vn.ntm.unit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the official lists and the 2025 mapping are: {@code -Dntm.shared-data=DIR}, else {@code ../shared/data}
 * (a checkout at {@code /work/main}), else {@code ../../shared/data} (a worktree at {@code /work/wt/NAME}).
 * The data is read in place, never copied into the product.
 */
public final class OfficialData {

    private OfficialData() {}

    public static Path dir() {
        String configured = System.getProperty("ntm.shared-data");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String candidate : new String[] {"../shared/data", "../../shared/data"}) {
            Path dir = Path.of(candidate);
            if (Files.isRegularFile(dir.resolve("units-snapshots.json"))) {
                return dir;
            }
        }
        throw new IllegalStateException("The official data (units-snapshots.json) is neither in ../shared/data nor in "
                + "../../shared/data; set -Dntm.shared-data=DIR");
    }

    public static Path manifest() {
        return dir().resolve("units-snapshots.json");
    }
}
