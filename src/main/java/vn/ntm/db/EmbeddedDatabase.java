package vn.ntm.db;

/**
 * How to reach one database of the embedded server: the JDBC URL (no user in it), the owner's login for the
 * migrations and the application's login for everything else.
 */
public record EmbeddedDatabase(String url, Login owner, Login app) {}
