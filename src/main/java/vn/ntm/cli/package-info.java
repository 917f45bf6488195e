/** The command line: imports run as the system from a terminal, without the web server. */
@org.springframework.modulith.ApplicationModule
package vn.ntm.cli;
