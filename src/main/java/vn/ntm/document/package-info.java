/**
 * Official documents (văn bản): features hand over content; this module lays it out as its issuer is bound to (state
 * bodies by Decree 30/2020, Party bodies by HD 36), keeps every generation, takes the number from the register when
 * the document is issued, never before, and keeps the signed copy uploaded back with its hash and the signing times
 * it states. It depends on no feature: a feature that must hold an issue back registers an {@code IssueGuard}, and
 * hears of issued documents through the events published after commit.
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code document}: each document, its issuer, kind, title, state and the feature that asked for it.
 * <li>{@code document_revision}: every generation of a document (drafts and the numbered final), files and hashes.
 * <li>{@code document_series}, {@code document_number}: the numbering register, one series per body and year (state)
 *     or per cấp ủy, type and term (Party); every number taken, never changed or removed.
 * <li>{@code document_party_term}: the terms (nhiệm kỳ) of each cấp ủy that its series run in.
 * <li>{@code document_signed_copy}, {@code document_signing_time}: the signed copies uploaded back and the signing
 *     times each states.
 * <li>{@code document_issuer}: how a body prints itself as an issuer (header lines, symbol, place, series owner) once
 *     saved; until then the defaults of its body type apply.
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"audit", "db", "errors", "files", "org", "scope", "text", "unit", "web"})
package vn.ntm.document;

import org.springframework.modulith.ApplicationModule;
