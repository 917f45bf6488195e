package vn.ntm.db;

import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import vn.ntm.text.BundleText;
import vn.ntm.text.Messages;

/** A start on a data directory in use ends with what to do, in Vietnamese and English, not a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.describe(Messages.VIETNAMESE) + "\n" + cause.describe(Locale.ENGLISH),
                BundleText.get(Messages.VIETNAMESE, "install.dataDirInUse.action") + "\n"
                        + BundleText.get(Locale.ENGLISH, "install.dataDirInUse.action"),
                cause);
    }
}
