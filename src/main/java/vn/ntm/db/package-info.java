/**
 * Database set-up: the embedded PostgreSQL 17 used when no external datasource is configured (durable, every
 * connection with a password), the owner and application roles and their grants, the set-up of an external server
 * ({@code ./ntm db setup}), and backup and restore without {@code pg_dump}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ntm.db;
