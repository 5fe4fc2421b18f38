package org.shegong.platform.interfaces.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 10 item 10: cells a spreadsheet would run as formulas are exported as text. */
class SafeCsvExporterTest {

    @Test
    void formulaStartsAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", SafeCsvExporter.neutralised("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+1", SafeCsvExporter.neutralised("+1+1"));
        assertEquals("'-2+3", SafeCsvExporter.neutralised("-2+3"));
        assertEquals("'@SUM(A1)", SafeCsvExporter.neutralised("@SUM(A1)"));
        assertEquals("'\t=1", SafeCsvExporter.neutralised("\t=1"));
        assertEquals("'\r=1", SafeCsvExporter.neutralised("\r=1"));
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertEquals("张三", SafeCsvExporter.neutralised("张三"));
        assertEquals("1401**************", SafeCsvExporter.neutralised("1401**************"));
        assertEquals("a=b", SafeCsvExporter.neutralised("a=b"));
        assertEquals("", SafeCsvExporter.neutralised(""));
        assertEquals(null, SafeCsvExporter.neutralised(null));
    }
}
