/**
 * The Excel round trip of assessment values: a template of one commune or every commune in scope, the filled file
 * read back with bounded memory, a preview of every change and error, then applied through the assessment
 * module's bulk writer.
 *
 * <p>Publishes {@code exchange :: sheets} for the modules that read or write sheets of their own: the reading side
 * ({@code SheetUploads}, {@code SheetPreview}, {@code StreamedSheet}) and the writing side (package
 * {@code vn.ntm.exchange.sheets}: a streamed workbook with the official title block, typed cells and a hidden key
 * sheet, and its download).
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code exchange_preview}, {@code exchange_preview_part}: uploaded sheets' previews, until applied or expired.
 * <li>{@code exchange_progress}: how far an upload or an apply has come, for the progress bar.
 * </ul>
 */
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "assessment :: values",
            "assessment :: periods",
            "criteria",
            "errors",
            "imports",
            "scope",
            "text",
            "unit",
            "web"
        })
package vn.ntm.exchange;

import org.springframework.modulith.ApplicationModule;
