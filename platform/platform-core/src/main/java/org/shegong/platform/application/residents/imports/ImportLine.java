package org.shegong.platform.application.residents.imports;

import java.util.List;
import org.shegong.platform.api.records.Reason;

/**
 * One row of an import file as typed: its row number in the sheet (1 = the header), its cells as
 * read (never null, not yet normalised), whether Excel hides the row, and what made a cell
 * unreadable (a number where an ID number belongs, a formula without a result). {@code registeredOn}
 * is the 建档日期 column (a date cell already as yyyy-MM-dd), empty for the day of the import.
 */
public record ImportLine(int rowNumber, String name, String idNumber, String phone, String community, String address,
                         String categories, String gender, String birthDate, String registeredOn, boolean hidden,
                         List<Reason> problems)
        implements java.io.Serializable {

    public ImportLine {
        name = orEmpty(name);
        idNumber = orEmpty(idNumber);
        phone = orEmpty(phone);
        community = orEmpty(community);
        address = orEmpty(address);
        categories = orEmpty(categories);
        gender = orEmpty(gender);
        birthDate = orEmpty(birthDate);
        registeredOn = orEmpty(registeredOn);
        problems = List.copyOf(problems);
    }

    /** A plain row of the template's six columns. */
    public ImportLine(int rowNumber, String name, String idNumber, String phone, String community, String address,
                      String categories) {
        this(rowNumber, name, idNumber, phone, community, address, categories, "", "", "", false, List.of());
    }

    /** Nothing but spaces (of any kind) in every cell, and nothing unreadable. */
    public boolean isBlank() {
        return problems.isEmpty() && TypedValue.text(name + idNumber + phone + community + address + categories + gender
                + birthDate + registeredOn, "").value().isEmpty();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
