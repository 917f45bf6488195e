/**
 * The command line ({@code ./ntm}): the real application ({@code serve}), the first administrator, imports of units,
 * users and bodies, run as the system from a terminal without the web server, with help in Vietnamese and English
 * and documented exit codes.
 *
 * <p>Owns no tables.
 */
@ApplicationModule(allowedDependencies = {"access", "db", "errors", "imports", "install", "org", "text", "unit"})
package vn.ntm.cli;

import org.springframework.modulith.ApplicationModule;
