package org.shegong.platform.application.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.platform.domain.model.region.RegionLevel;

class DescriptorReaderTest {

    /** The real descriptors of the repository: what the run command applies. */
    static final Path TENANTS = Path.of(System.getProperty("shegong.root", "../.."), "tenants");

    private final DescriptorReader reader = new DescriptorReader();

    @TempDir
    Path dir;

    @Test
    void readsTheShippedDemoWorld() throws IOException {
        RegionTreeDescriptor tree = reader.readRegionTree(TENANTS.resolve("regions.json"));
        assertEquals(7, tree.stations().size(), "six streets and one township");
        assertEquals(RegionLevel.TOWNSHIP, tree.region("140106100000").orElseThrow().level());
        try (Stream<Path> files = Files.list(TENANTS.resolve("operators"))) {
            List<OperatorDescriptor> operators = files.sorted().map(f -> reader.readOperator(f, tree)).toList();
            assertEquals(List.of("hope", "huide", "jinyang", "tongxin"),
                    operators.stream().map(o -> o.code().value()).toList());
            long contracted = operators.stream().mapToLong(o -> o.contracts().size()).sum();
            assertEquals(7, contracted, "every station has an operator");
        }
    }

    static Stream<Arguments> brokenOperators() {
        return Stream.of(
                Arguments.of("\"street\": \"140106003000\"", "\"street\": \"140106099000\"", "contracts[0].street"),
                Arguments.of("\"endsOn\": \"2026-12-31\"", "\"endsOn\": \"2023-12-31\"", "contracts[0].endsOn"),
                Arguments.of("\"startsOn\": \"2024-01-01\"", "\"startsOn\": \"01/01/2024\"", "contracts[0].startsOn"),
                Arguments.of("\"activities\": 120", "\"activities\": -1", "contracts[0].targets.activities"),
                Arguments.of("\"role\": \"STATION_LEAD\"", "\"role\": \"CAPTAIN\"", "staff[1].role"),
                Arguments.of("\"certificate\": \"ASSISTANT\", \"certificateNumber\": \"ZL2021140452\"",
                        "\"certificate\": \"ASSISTANT\"", "staff[2].certificateNumber"),
                Arguments.of("\"type\": \"UNIVERSITY\"", "\"type\": \"SCHOOL\"", "partners[1].type"),
                Arguments.of("\"code\": \"huide\"", "\"code\": \"Huide!\"", "code"),
                Arguments.of("\"name\": \"汇德公益\"", "\"name\": \"\"", "name"));
    }

    @ParameterizedTest
    @MethodSource("brokenOperators")
    void namesFileAndFieldOfWhatIsWrong(String good, String bad, String field) throws IOException {
        RegionTreeDescriptor tree = reader.readRegionTree(TENANTS.resolve("regions.json"));
        String text = Files.readString(TENANTS.resolve("operators/huide.json"));
        assertTrue(text.contains(good), "fixture must contain " + good);
        Path broken = dir.resolve("huide.json");
        Files.writeString(broken, text.replace(good, bad));
        var e = assertThrows(MalformedDescriptorException.class, () -> reader.readOperator(broken, tree));
        assertEquals("operators/huide.json", e.file());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith("operators/huide.json: " + field + ": "), e.getMessage());
    }

    @Test
    void keepsDottedMetricCodesOfModules() throws IOException {
        RegionTreeDescriptor tree = reader.readRegionTree(TENANTS.resolve("regions.json"));
        String text = Files.readString(TENANTS.resolve("operators/huide.json"))
                .replace("\"activities\": 120,", "\"eldercare.visits-done\": 500, \"activities\": 120,");
        Path file = dir.resolve("huide.json");
        Files.writeString(file, text);
        assertEquals(500, reader.readOperator(file, tree).contracts().get(0).targets().get("eldercare.visits-done"));
    }

    @Test
    void reportsBrokenJsonWithItsLine() throws IOException {
        RegionTreeDescriptor tree = reader.readRegionTree(TENANTS.resolve("regions.json"));
        Path broken = dir.resolve("huide.json");
        Files.writeString(broken, "{\n  \"code\": \"huide\",\n  \"name\": \n}");
        var e = assertThrows(MalformedDescriptorException.class, () -> reader.readOperator(broken, tree));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void refusesAFileNamedAfterAnotherOperator() throws IOException {
        RegionTreeDescriptor tree = reader.readRegionTree(TENANTS.resolve("regions.json"));
        Path misnamed = dir.resolve("other.json");
        Files.copy(TENANTS.resolve("operators/huide.json"), misnamed);
        var e = assertThrows(MalformedDescriptorException.class, () -> reader.readOperator(misnamed, tree));
        assertEquals("code", e.field());
    }

    @Test
    void refusesARegionBelowTheWrongLevel() throws IOException {
        String text = Files.readString(TENANTS.resolve("regions.json"));
        Path broken = dir.resolve("regions.json");
        // a street hung directly under the province
        Files.writeString(broken, text.replaceFirst("\"parent\": \"140106000000\"", "\"parent\": \"140000000000\""));
        var e = assertThrows(MalformedDescriptorException.class, () -> reader.readRegionTree(broken));
        assertEquals("regions.json", e.file());
        assertTrue(e.field().matches("regions\\[\\d+]\\.parent"), e.field());
        assertFalse(e.getMessage().isBlank());
    }
}
