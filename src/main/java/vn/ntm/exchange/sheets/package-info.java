/**
 * Writing Excel workbooks for any module, published as {@code exchange :: sheets} (the reading side,
 * {@code StreamedSheet} and {@code SheetUploads}, belongs to the same named interface): a {@link WorkbookOut}
 * streamed with SXSSF (only a window of rows in memory, whatever the sheet's length), its {@link SheetOut} sheets
 * with the official title block ({@link OfficialTitle}), header rows, column widths, a frozen header and lists to
 * choose from, {@link RowOut} rows of typed cells (text that never becomes a formula, integers, decimals, dates
 * dd/mm/yyyy, percentages), and a very hidden, protected key sheet for the keys a file needs when it comes back.
 * {@link SheetDownload} sends a workbook as an attachment. What a sheet holds stays with the module that owns it.
 */
@NamedInterface("sheets")
package vn.ntm.exchange.sheets;

import org.springframework.modulith.NamedInterface;
