/**
 * Reading a filled-in Excel list (.xlsx) row by row, and writing its template, for the platform's
 * imports and a module's ({@link org.shegong.platform.api.workbook.WorkbookRows}): one reader with
 * the platform's limits (upload size, inflated size, row cap, cell length), so a module never
 * depends on Apache POI or on {@code platform-core}.
 */
package org.shegong.platform.api.workbook;
