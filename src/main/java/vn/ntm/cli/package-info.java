/**
 * The command line ({@code ./ntm}): the real application ({@code serve}), the first administrator, imports of units,
 * users and bodies, run as the system from a terminal without the web server, with help in Vietnamese and English
 * and documented exit codes.
 */
@org.springframework.modulith.ApplicationModule
package vn.ntm.cli;
