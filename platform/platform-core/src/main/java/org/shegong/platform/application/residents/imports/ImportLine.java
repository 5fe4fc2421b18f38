package org.shegong.platform.application.residents.imports;

/** One row of an import file as typed: its row number in the sheet (1 = the header) and its cells, trimmed, never null. */
public record ImportLine(int rowNumber, String name, String idNumber, String phone, String community, String address,
                         String categories) {

    public ImportLine {
        name = clean(name);
        idNumber = clean(idNumber).toUpperCase(java.util.Locale.ROOT);
        phone = clean(phone);
        community = clean(community);
        address = clean(address);
        categories = clean(categories);
    }

    public boolean isBlank() {
        return (name + idNumber + phone + community + address + categories).isEmpty();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
