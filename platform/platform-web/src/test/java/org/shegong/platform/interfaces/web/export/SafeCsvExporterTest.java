package org.shegong.platform.interfaces.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.shegong.platform.api.documents.CsvCells;
import org.junit.jupiter.api.Test;

/** Issue 10 item 10: cells a spreadsheet would run as formulas are exported as text. */
class SafeCsvExporterTest {

    @Test
    void formulaStartsAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvCells.neutralised("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+1", CsvCells.neutralised("+1+1"));
        assertEquals("'-2+3", CsvCells.neutralised("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.neutralised("@SUM(A1)"));
        assertEquals("'\t=1", CsvCells.neutralised("\t=1"));
        assertEquals("'\r=1", CsvCells.neutralised("\r=1"));
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertEquals("张三", CsvCells.neutralised("张三"));
        assertEquals("1401**************", CsvCells.neutralised("1401**************"));
        assertEquals("a=b", CsvCells.neutralised("a=b"));
        assertEquals("", CsvCells.neutralised(""));
        assertEquals(null, CsvCells.neutralised(null));
    }
}
