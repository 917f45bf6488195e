package vn.ntm.install;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The real application started on the demo's database ends with what to do, not a stack trace. */
class DemoInstallationFailureAnalyzer extends AbstractFailureAnalyzer<DemoInstallationException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DemoInstallationException cause) {
        return new FailureAnalysis(
                DemoInstallationException.both("install.demoDatabase.start"),
                DemoInstallationException.both("install.demoDatabase.action"),
                cause);
    }
}
