package vn.ntm.install;

import java.util.Locale;
import vn.ntm.text.BundleText;
import vn.ntm.text.Messages;

/** The real application or a command was started on the demo's database: it stops before touching anything. */
public class DemoInstallationException extends IllegalStateException {

    DemoInstallationException() {
        super(BundleText.get(Locale.ENGLISH, "install.demoDatabase.start"));
    }

    public String describe(Locale locale) {
        return BundleText.get(locale, "install.demoDatabase.start");
    }

    static String both(String key) {
        return BundleText.get(Messages.VIETNAMESE, key) + "\n" + BundleText.get(Locale.ENGLISH, key);
    }
}
