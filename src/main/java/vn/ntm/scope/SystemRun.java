package vn.ntm.scope;

import java.util.function.Supplier;

/**
 * Runs work that no person asked for over the web (command-line imports, demo data, the shipped catalog on first
 * start) as the system, with national scope: an {@link Actor.Machine} under the given name, which the audit log
 * names. Implemented by the access module, so that no other module needs to know how sign-in works.
 */
public interface SystemRun {

    <T> T run(String actor, Supplier<T> work);

    default void run(String actor, Runnable work) {
        run(actor, () -> {
            work.run();
            return null;
        });
    }
}
