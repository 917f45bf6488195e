package vn.ntm.assessment.evidence;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Evidence files: the largest accepted size, the accepted extensions, and where contents go (the database by
 * default; a directory when {@code directory} is set).
 */
@ConfigurationProperties("ntm.evidence")
record EvidenceProperties(
        @DefaultValue("10485760") long maxBytes,

        @DefaultValue({"pdf", "jpg", "jpeg", "png", "docx", "xlsx", "doc", "xls", "odt", "ods"})
        List<String> allowedExtensions,

        Path directory) {}
