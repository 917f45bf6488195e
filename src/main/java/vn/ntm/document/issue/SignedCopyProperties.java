package vn.ntm.document.issue;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signed copies of documents: the largest accepted file (20 MB: a scan of several pages at 200 dpi, decision), and
 * where contents go (the database by default; content-addressed files when {@code signedDirectory} is set).
 */
@ConfigurationProperties("ntm.documents")
public record SignedCopyProperties(@DefaultValue("20971520") long maxSignedBytes, Path signedDirectory) {}
