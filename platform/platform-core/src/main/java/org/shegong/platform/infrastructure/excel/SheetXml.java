package org.shegong.platform.infrastructure.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as a stream (POI's event model: {@code XSSFReader} hands over the
 * part, this handler sees every element once). It keeps what POI's {@code XSSFSheetXMLHandler}
 * does not report: hidden rows ({@code <row hidden="1">}), merged ranges ({@code <mergeCell>},
 * written after the rows, hence applied at the end), and how each cell was stored (number, text,
 * formula with or without its cached result). Reading stops as soon as the rows pass the cap, so a
 * sheet of a million rows costs no more than one of {@code maxRows}.
 */
final class SheetXml extends DefaultHandler {

    /** Largest text Excel itself allows in one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** A row as stored: 1-based number, hidden or not, its cells by 0-based column. */
    record SheetRow(int number, boolean hidden, Map<Integer, SheetCell> cells) {

        boolean isBlank() {
            return cells.values().stream().allMatch(SheetCell::isBlank);
        }
    }

    /** A merged range, 1-based rows, 0-based columns. */
    record MergedRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    }

    /** Thrown to stop reading: more non-blank rows than the cap. */
    static final class TooManyRows extends SAXException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super("too many rows");
        }
    }

    /** Thrown to stop reading: one cell longer than Excel allows. */
    static final class CellTooLong extends SAXException {
        private static final long serialVersionUID = 1L;
        final int row;

        CellTooLong(int row) {
            super("cell too long in row " + row);
            this.row = row;
        }
    }

    /** Thrown to stop reading early on purpose (the caller only wanted to know whether the sheet has data). */
    static final class Enough extends SAXException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super("enough");
        }
    }

    private final List<String> sharedStrings;
    private final int maxRows;
    private final boolean stopAtFirstValue;
    private final List<SheetRow> rows = new ArrayList<>();
    private final List<MergedRange> merged = new ArrayList<>();
    private int nonBlankRows;

    private int rowNumber;
    private boolean rowHidden;
    private Map<Integer, SheetCell> cells;
    private int column;
    private String type;
    private boolean formula;
    private boolean inValue;
    private boolean inInlineText;
    private boolean hasValue;
    private int phonetic;
    private final StringBuilder text = new StringBuilder();

    SheetXml(List<String> sharedStrings, int maxRows, boolean stopAtFirstValue) {
        this.sharedStrings = sharedStrings;
        this.maxRows = maxRows;
        this.stopAtFirstValue = stopAtFirstValue;
    }

    List<SheetRow> rows() {
        return rows;
    }

    List<MergedRange> merged() {
        return merged;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = a.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                String hidden = a.getValue("hidden");
                rowHidden = "1".equals(hidden) || "true".equals(hidden);
                cells = new TreeMap<>();
                column = -1;
            }
            case "c" -> {
                String ref = a.getValue("r");
                column = ref == null ? column + 1 : columnOf(ref);
                type = a.getValue("t");
                formula = false;
                hasValue = false;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "rPh" -> phonetic++;
            case "t" -> {
                if ("inlineStr".equals(type) && phonetic == 0) {
                    inInlineText = true;
                    hasValue = true;
                }
            }
            case "mergeCell" -> {
                String ref = a.getValue("ref");
                if (ref != null && ref.contains(":")) {
                    String[] corners = ref.split(":");
                    merged.add(new MergedRange(rowOf(corners[0]), columnOf(corners[0]), rowOf(corners[1]), columnOf(corners[1])));
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> phonetic--;
            case "c" -> cells.put(column, cell());
            case "row" -> {
                SheetRow row = new SheetRow(rowNumber, rowHidden, cells);
                if (!row.isBlank()) {
                    if (stopAtFirstValue) {
                        rows.add(row);
                        throw new Enough();
                    }
                    if (++nonBlankRows > maxRows) {
                        throw new TooManyRows();
                    }
                    // Blank rows are not kept: a sheet of a million formatted but empty rows costs nothing.
                    rows.add(row);
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue || inInlineText) {
            if (text.length() + length > MAX_CELL_CHARS) {
                throw new CellTooLong(rowNumber);
            }
            text.append(ch, start, length);
        }
    }

    private SheetCell cell() {
        String value = text.toString();
        if (!hasValue) {
            return formula ? new SheetCell("", SheetCell.Kind.FORMULA_WITHOUT_RESULT) : new SheetCell("", SheetCell.Kind.TEXT);
        }
        if (type == null || "n".equals(type)) {
            return new SheetCell(value, SheetCell.Kind.NUMBER);
        }
        return switch (type) {
            case "s" -> {
                int index = Integer.parseInt(value.strip());
                yield new SheetCell(index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : "", SheetCell.Kind.TEXT);
            }
            case "b" -> new SheetCell("1".equals(value) ? "TRUE" : "FALSE", SheetCell.Kind.BOOLEAN);
            case "e" -> new SheetCell(value, SheetCell.Kind.ERROR);
            default -> new SheetCell(value, SheetCell.Kind.TEXT); // "str" (a formula's text result), "inlineStr", "d"
        };
    }

    /** 0-based column of a reference like "AB12". */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** 1-based row of a reference like "AB12". */
    static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return Integer.parseInt(ref.substring(i));
    }

    /** "A", "B", … "AA" for 0, 1, … 26. */
    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
