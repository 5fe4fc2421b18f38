package org.shegong.modules.childprotection.interfaces.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.interfaces.web.Times;
import org.shegong.platform.api.documents.CsvCells;
import org.shegong.platform.api.records.Reasons;

/**
 * The case list as a CSV a lead opens in a spreadsheet: the columns of the caseload page under its
 * headings, in the caller's language — the station by its name, stage, risk and what is overdue by
 * their labels, intake in Asia/Shanghai — never the codes (the file once said
 * {@code 140106005000,IN_SERVICE,HIGH,true}). Every cell is safe for spreadsheets ({@link CsvCells}).
 */
final class CaseListCsv {

    private CaseListCsv() {
    }

    /** @param stationName a station's name by its street code */
    static String of(List<ChildCase> cases, Locale locale, Function<String, String> stationName) {
        Function<String, String> text = key -> Reasons.text(key, List.of(), locale);
        List<String> lines = new ArrayList<>();
        lines.add(row(text.apply("cp.child.name"), text.apply("cp.station"), text.apply("cp.case.stage"), text.apply("cp.case.risk"),
                text.apply("cp.case.intakeAt"), text.apply("cp.case.overdue")));
        for (ChildCase c : cases) {
            lines.add(row(c.getChildName(), stationName.apply(c.getStreetCode()), text.apply(c.getStage().labelKey()),
                    text.apply(c.getRiskLevel().labelKey()), Times.shown(c.getIntakeAt()),
                    c.getOverdueKinds().stream().map(k -> text.apply(k.labelKey())).collect(Collectors.joining("、"))));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String row(String... cells) {
        return Arrays.stream(cells).map(CsvCells::quoted).collect(Collectors.joining(","));
    }
}
