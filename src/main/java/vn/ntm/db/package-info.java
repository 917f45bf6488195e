/**
 * Database set-up: the embedded PostgreSQL 17 used when no external datasource is configured (durable, every
 * connection with a password), the owner and application roles and their grants, the set-up of an external server
 * ({@code ./ntm db setup}), backup and restore without {@code pg_dump}, the turns instances take at the start-up work
 * ({@code StartUpWorkLock}), and four helpers for the modules' SQL: the bulk writer ({@code CopyWriter}), several
 * statements in one round trip ({@code OneRoundTrip}), a value kept for the current transaction
 * ({@code TransactionScoped}) and {@code AfterCommit} (what a transaction gathered, handed on once after it
 * committed).
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code flyway_schema_history}: the migrations run (written by Flyway, read-only to the application).
 * </ul>
 */
@ApplicationModule(type = Type.OPEN, allowedDependencies = "text")
package vn.ntm.db;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
