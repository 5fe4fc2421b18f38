package org.shegong.platform.infrastructure.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.shegong.platform.api.records.Reason;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.workbook.WorkbookRefusedException;
import org.shegong.platform.api.workbook.WorkbookRows;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The one streaming read of an uploaded workbook's first sheet, for every import (residents in
 * {@link ResidentWorkbook}, a module's through {@link WorkbookReader}): the upload is spooled to a
 * temporary file (at most 10 MB), each part is read through SAX with a byte limit, reading stops at
 * the row cap, and whatever other sheet has data is named. Refusals carry the person's reason
 * as a bundle key ({@link Refusal}), said in the reader's language.
 */
final class FirstSheet {

    /** Largest inflated sheet XML read; 5,000 genuine rows are a few MB. */
    static final long MAX_SHEET_XML_BYTES = 64L * 1024 * 1024;
    /** Largest total of shared strings kept. */
    static final long MAX_SHARED_CHARS = 8_000_000;
    static final String HELP_SHEET = "填写说明";

    static final String NOT_XLSX = "import.refused.notXlsx";
    static final String TOO_BIG = "import.refused.tooBig";
    static final String INFLATES_TOO_MUCH = "import.refused.inflates";

    /** The sheet as read, and what was not read (other sheets with data). */
    record Read(SheetXml sheet, List<Reason> unread) {
    }

    private FirstSheet() {
    }

    /** Reads at most {@code maxRows} non-blank rows (header included); more is refused with {@code tooManyRows}. */
    static Read read(InputStream in, int maxRows, Refusal tooManyRows) {
        Path spooled = null;
        try {
            spooled = Files.createTempFile("shegong-import-", ".xlsx");
            spool(in, spooled);
            try (OPCPackage workbook = OPCPackage.open(spooled.toFile(), PackageAccess.READ)) {
                return read(workbook, maxRows);
            }
        } catch (WorkbookRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw new WorkbookRefusedException(reasonFor(e, tooManyRows));
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    spooled.toFile().deleteOnExit();
                }
            }
        }
    }

    private static Read read(OPCPackage workbook, int maxRows) throws Exception {
        XSSFReader reader = new XSSFReader(workbook);
        List<String> shared = sharedStrings(reader);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new WorkbookRefusedException(new Refusal(NOT_XLSX));
        }
        SheetXml first = new SheetXml(shared, maxRows, false);
        String firstName;
        try (InputStream sheet = sheets.next()) {
            firstName = sheets.getSheetName();
            parse(sheet, first);
        }
        List<Reason> unread = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                String name = sheets.getSheetName();
                if (HELP_SHEET.equals(name)) {
                    continue;
                }
                SheetXml probe = new SheetXml(shared, 1, true);
                parse(sheet, probe);
                if (!probe.rows().isEmpty()) {
                    unread.add(Reason.of("import.unread.sheet", name, firstName));
                }
            }
        }
        return new Read(first, unread);
    }

    /**
     * The lower cells of a merged range show the top cell's value in Excel but are empty in the
     * file: they take that value (only in the columns read, only in rows that exist).
     */
    static void useMergedValues(List<SheetXml.SheetRow> data, List<SheetXml.MergedRange> merged, Collection<Integer> readColumns) {
        if (merged.isEmpty() || data.isEmpty()) {
            return;
        }
        NavigableMap<Integer, SheetXml.SheetRow> byNumber = new TreeMap<>();
        data.forEach(row -> byNumber.put(row.number(), row));
        for (SheetXml.MergedRange range : merged) {
            SheetXml.SheetRow top = byNumber.get(range.firstRow());
            for (int column : readColumns) {
                if (top == null || column < range.firstColumn() || column > range.lastColumn()) {
                    continue;
                }
                SheetCell value = top.cells().get(range.firstColumn());
                if (value == null || value.isBlank()) {
                    continue;
                }
                for (SheetXml.SheetRow row : byNumber.subMap(range.firstRow(), true, range.lastRow(), true).values()) {
                    SheetCell own = row.cells().get(column);
                    if (own == null || own.isBlank()) {
                        row.cells().put(column, value);
                    }
                }
            }
        }
    }

    private static List<String> sharedStrings(XSSFReader reader) throws Exception {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return List.of();
        }
        if (data == null) {
            return List.of();
        }
        try (InputStream in = data) {
            SharedStringsXml strings = new SharedStringsXml(MAX_SHARED_CHARS);
            parse(in, strings);
            return strings.strings();
        }
    }

    private static void parse(InputStream part, org.xml.sax.helpers.DefaultHandler handler) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(new BoundedInputStream(part, MAX_SHEET_XML_BYTES)));
        } catch (SheetXml.Enough enough) {
            // the caller had what it wanted
        }
    }

    private static void spool(InputStream in, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > WorkbookRows.MAX_UPLOAD_BYTES) {
                    throw new WorkbookRefusedException(new Refusal(TOO_BIG));
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The person's reason for a failure while reading: the row cap, a zip bomb, or simply not a workbook. */
    private static Refusal reasonFor(Throwable failure, Refusal tooManyRows) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SheetXml.TooManyRows) {
                return tooManyRows;
            }
            if (t instanceof SheetXml.CellTooLong tooLong) {
                return new Refusal("import.refused.cellTooLong", String.valueOf(tooLong.row),
                        String.valueOf(SheetXml.MAX_CELL_CHARS));
            }
            if (t instanceof BoundedInputStream.LimitExceeded || t instanceof SharedStringsXml.TooManyCharacters
                    || String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return new Refusal(INFLATES_TOO_MUCH);
            }
            if (t instanceof org.xml.sax.SAXException sax && sax.getException() != null && sax.getException() != t.getCause()) {
                return reasonFor(sax.getException(), tooManyRows);
            }
        }
        return new Refusal(NOT_XLSX);
    }
}
