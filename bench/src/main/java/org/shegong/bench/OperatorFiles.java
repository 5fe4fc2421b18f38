package org.shegong.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 6's world: a {@code tenants/} folder with the demo operators and {@code count} generated
 * ones, in the format tenants/README.md describes. Stations are one per street and contracts one per
 * station, so 1,000 operators need 1,000 streets: the generated {@code regions.json} is the
 * repository's tree plus ten invented districts of 100 streets (two communities and a station each),
 * and every generated operator holds a contract on one of those streets, has the four modules and one
 * operator admin with a login. No {@code demo} section: the figure is about the tenants, not their
 * demo records. Deterministic: the same count gives the same bytes, so a second start sees every file
 * unchanged.
 */
public final class OperatorFiles {

    static final String CITY = "140100000000";
    static final int STREETS_PER_DISTRICT = 100;

    private OperatorFiles() {
    }

    /** Writes {@code target/regions.json} and {@code target/operators/*.json}; returns the generated operators' codes. */
    public static List<String> write(Path demoTenants, Path target, int count) throws IOException {
        if (count > 10 * STREETS_PER_DISTRICT) {
            throw new IllegalArgumentException("at most " + 10 * STREETS_PER_DISTRICT + " generated operators");
        }
        Path operators = target.resolve("operators");
        Files.createDirectories(operators);
        try (var old = Files.list(operators)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        try (var demo = Files.list(demoTenants.resolve("operators"))) {
            for (Path file : demo.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, operators.resolve(file.getFileName()));
            }
        }
        StringBuilder regions = new StringBuilder();
        StringBuilder stations = new StringBuilder();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int district = 50 + i / STREETS_PER_DISTRICT;
            int street = 1 + i % STREETS_PER_DISTRICT;
            String districtCode = "1401" + district + "000000";
            if (street == 1) {
                region(regions, districtCode, "基准区" + district, "DISTRICT", CITY);
            }
            String streetCode = "1401" + district + String.format("%03d", street) + "000";
            String streetName = "基准" + district + "区第" + street + "街道";
            region(regions, streetCode, streetName, "STREET", districtCode);
            for (int c = 1; c <= 2; c++) {
                region(regions, streetCode.substring(0, 9) + String.format("%03d", c), streetName + "第" + c + "社区",
                        "COMMUNITY", streetCode);
            }
            stations.append(",\n    { \"street\": \"").append(streetCode).append("\", \"name\": \"").append(streetName)
                    .append("社会工作服务站\", \"address\": \"").append(streetName).append("1号\", \"phone\": \"0351-5")
                    .append(String.format("%06d", i)).append("\" }");
            String code = String.format("bench-o%04d", i + 1);
            codes.add(code);
            Files.writeString(operators.resolve(code + ".json"), operator(code, i, streetCode), StandardCharsets.UTF_8);
        }
        String tree = Files.readString(demoTenants.resolve("regions.json"), StandardCharsets.UTF_8);
        int stationsKey = tree.indexOf("\"stations\"");
        int regionsEnd = tree.lastIndexOf(']', stationsKey);
        int stationsEnd = tree.lastIndexOf(']');
        if (stationsKey < 0 || regionsEnd < 0 || stationsEnd < stationsKey) {
            throw new IllegalStateException("regions.json is not laid out as expected (regions, then stations)");
        }
        String merged = tree.substring(0, regionsEnd).stripTrailing() + regions + "\n  ],\n  "
                + tree.substring(stationsKey, stationsEnd).stripTrailing() + stations + "\n  ]\n}\n";
        Files.writeString(target.resolve("regions.json"), merged, StandardCharsets.UTF_8);
        return codes;
    }

    private static void region(StringBuilder out, String code, String name, String level, String parent) {
        out.append(",\n    { \"code\": \"").append(code).append("\", \"name\": \"").append(name).append("\", \"level\": \"")
                .append(level).append("\", \"parent\": \"").append(parent).append("\" }");
    }

    private static String operator(String code, int i, String street) {
        return "{\n"
                + "  \"code\": \"" + code + "\",\n"
                + "  \"name\": \"基准社会工作服务中心" + (i + 1) + "号\",\n"
                + "  \"contactPhone\": \"0351-6" + String.format("%06d", i) + "\",\n"
                + "  \"modules\": [\"eldercare\", \"childprotection\", \"volunteers\", \"clubs\"],\n"
                + "  \"contracts\": [\n"
                + "    { \"number\": \"BENCH-" + String.format("%04d", i + 1) + "\", \"street\": \"" + street
                + "\", \"startsOn\": \"2025-01-01\", \"endsOn\": \"2027-12-31\", \"targets\": { \"activities\": 100 } }\n"
                + "  ],\n"
                + "  \"staff\": [\n"
                + "    { \"name\": \"管理员" + (i + 1) + "\", \"role\": \"OPERATOR_ADMIN\", \"certificate\": \"NONE\", \"username\": \""
                + code + ".admin\" }\n"
                + "  ],\n"
                + "  \"partners\": []\n"
                + "}\n";
    }

    /** {@code OperatorFiles <demo tenants dir> <target dir> <count>}. */
    public static void main(String[] args) throws IOException {
        List<String> codes = write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        System.out.println("[bench] " + codes.size() + " operator files written to " + args[1]);
    }
}
