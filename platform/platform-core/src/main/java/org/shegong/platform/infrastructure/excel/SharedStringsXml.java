package org.shegong.platform.infrastructure.excel;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the workbook's shared strings ({@code xl/sharedStrings.xml}) as a stream, keeping at most
 * {@code maxChars} characters in all: the table a genuine roster needs is small, a crafted one is
 * refused before it fills the heap. Phonetic runs ({@code rPh}) are not part of the text.
 */
final class SharedStringsXml extends DefaultHandler {

    /** Thrown when the strings pass the limit. */
    static final class TooManyCharacters extends SAXException {
        private static final long serialVersionUID = 1L;

        TooManyCharacters() {
            super("shared strings too large");
        }
    }

    private final long maxChars;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private long total;
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    SharedStringsXml(long maxChars) {
        this.maxChars = maxChars;
    }

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                current.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                strings.add(current.toString());
                inItem = false;
            }
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inText) {
            total += length;
            if (total > maxChars) {
                throw new TooManyCharacters();
            }
            current.append(ch, start, length);
        }
    }
}
