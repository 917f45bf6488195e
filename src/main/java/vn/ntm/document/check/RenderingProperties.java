package vn.ntm.document.check;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rendering at start-up: {@code warmUp} renders one document of each family in the background so the first user's
 * document does not wait for font loading and compilation (about 5 s, design §9); {@code layoutDirectory} holds the
 * installation's replacement profiles (default {@code ${ntm.data-dir}/documents/layouts} when the data directory is
 * set).
 */
@ConfigurationProperties("ntm.documents")
public record RenderingProperties(@DefaultValue("true") boolean warmUp, Path layoutDirectory) {}
