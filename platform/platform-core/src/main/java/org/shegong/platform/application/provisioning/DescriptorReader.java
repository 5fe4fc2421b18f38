package org.shegong.platform.application.provisioning;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.provisioning.OperatorDescriptor.ContractSpec;
import org.shegong.platform.application.provisioning.OperatorDescriptor.DemoSpec;
import org.shegong.platform.application.provisioning.OperatorDescriptor.PartnerSpec;
import org.shegong.platform.application.provisioning.OperatorDescriptor.StaffSpec;
import org.shegong.platform.application.provisioning.RegionTreeDescriptor.RegionSpec;
import org.shegong.platform.application.provisioning.RegionTreeDescriptor.StationSpec;
import org.shegong.platform.domain.model.contract.Metric;
import org.shegong.platform.domain.model.partner.PartnerType;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.staff.CertificateLevel;
import org.shegong.platform.domain.model.staff.StaffRole;

/**
 * Reads and checks descriptors without touching the database. Everything a descriptor says is
 * checked here (shapes, enums, dates, references into the region tree), so that applying it
 * afterwards cannot fail half-way on bad input.
 */
public final class DescriptorReader {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{12}");
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");

    public RegionTreeDescriptor readRegionTree(Path path) {
        String file = path.getFileName().toString();
        JsonField root = parse(path);
        List<RegionSpec> regions = new ArrayList<>();
        Map<String, RegionSpec> seen = new LinkedHashMap<>();
        for (JsonField item : root.get("regions").items()) {
            JsonField codeField = item.get("code");
            String code = codeField.text();
            if (!REGION_CODE.matcher(code).matches()) {
                throw codeField.problem("must be a 12-digit division code, not '" + code + "'");
            }
            if (seen.containsKey(code)) {
                throw codeField.problem("region " + code + " is listed twice");
            }
            RegionLevel level = item.get("level").oneOf(RegionLevel.class);
            JsonField parentField = item.get("parent");
            String parent = parentField.optionalText();
            if (level == RegionLevel.PROVINCE) {
                if (parent != null) {
                    throw parentField.problem("a province has no parent");
                }
            } else {
                if (parent == null) {
                    throw parentField.problem("a " + level + " needs a parent");
                }
                RegionSpec parentSpec = seen.get(parent);
                if (parentSpec == null) {
                    throw parentField.problem("parent " + parent + " is not listed above this region");
                }
                if (!level.isDirectlyBelow(parentSpec.level())) {
                    throw parentField.problem("a " + level + " cannot sit below a " + parentSpec.level());
                }
            }
            RegionSpec spec = new RegionSpec(code, item.get("name").text(), level, parent);
            seen.put(code, spec);
            regions.add(spec);
        }
        if (regions.isEmpty()) {
            throw root.get("regions").problem("must list at least one region");
        }
        List<StationSpec> stations = new ArrayList<>();
        Set<String> streetsWithStation = new HashSet<>();
        for (JsonField item : root.get("stations").items()) {
            JsonField streetField = item.get("street");
            String street = streetField.text();
            RegionSpec region = seen.get(street);
            if (region == null || !region.level().isStreetLevel()) {
                throw streetField.problem(street + " is not a street or township of this tree");
            }
            if (!streetsWithStation.add(street)) {
                throw streetField.problem("street " + street + " already has a station");
            }
            stations.add(new StationSpec(street, item.get("name").text(), item.get("address").optionalText(),
                    item.get("phone").optionalText()));
        }
        return new RegionTreeDescriptor(file, List.copyOf(regions), List.copyOf(stations));
    }

    public OperatorDescriptor readOperator(Path path, RegionTreeDescriptor tree) {
        String file = "operators/" + path.getFileName();
        JsonField root = parse(path, file);
        JsonField codeField = root.get("code");
        TenantId code = codeField.as(TenantId::of);
        String expectedFileName = code.value() + ".json";
        if (!path.getFileName().toString().equals(expectedFileName)) {
            throw codeField.problem("the file of operator '" + code + "' must be named " + expectedFileName);
        }
        Set<String> modules = new LinkedHashSet<>();
        for (JsonField m : root.get("modules").items()) {
            String id = m.text();
            if (!MODULE_ID.matcher(id).matches()) {
                throw m.problem("'" + id + "' is not a module id");
            }
            modules.add(id);
        }
        Set<String> stationStreets = new HashSet<>();
        tree.stations().forEach(s -> stationStreets.add(s.street()));

        List<ContractSpec> contracts = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (JsonField c : root.get("contracts").items()) {
            JsonField numberField = c.get("number");
            String number = numberField.text();
            if (!numbers.add(number)) {
                throw numberField.problem("contract " + number + " is listed twice");
            }
            String street = stationStreet(c.get("street"), stationStreets);
            JsonField endField = c.get("endsOn");
            var startsOn = c.get("startsOn").date();
            var endsOn = endField.date();
            if (endsOn.isBefore(startsOn)) {
                throw endField.problem("ends before it starts (" + startsOn + ")");
            }
            Map<String, Integer> targets = new LinkedHashMap<>();
            for (JsonField t : c.get("targets").entries()) {
                String metric = t.key();
                try {
                    new Metric(metric);
                } catch (IllegalArgumentException e) {
                    throw t.problem(e.getMessage());
                }
                targets.put(metric, t.nonNegativeInt());
            }
            contracts.add(new ContractSpec(number, street, startsOn, endsOn, Map.copyOf(targets)));
        }

        List<StaffSpec> staff = new ArrayList<>();
        Set<String> staffNames = new HashSet<>();
        for (JsonField s : root.get("staff").items()) {
            JsonField nameField = s.get("name");
            String name = nameField.text();
            if (!staffNames.add(name)) {
                throw nameField.problem("staff member " + name + " is listed twice");
            }
            StaffRole role = s.get("role").oneOf(StaffRole.class);
            JsonField streetField = s.get("street");
            String street = streetField.isPresent() ? stationStreet(streetField, stationStreets) : null;
            if (street == null && role != StaffRole.OPERATOR_ADMIN) {
                throw streetField.problem("a " + role + " works at a station: name its street");
            }
            JsonField certField = s.get("certificate");
            CertificateLevel level = certField.isPresent() ? certField.oneOf(CertificateLevel.class) : CertificateLevel.NONE;
            JsonField numberField = s.get("certificateNumber");
            String certNumber = numberField.optionalText();
            if (level.isCertified() != (certNumber != null)) {
                throw numberField.problem(level.isCertified()
                        ? "a certified member needs a certificate number" : "a number needs a certificate level");
            }
            staff.add(new StaffSpec(name, role, street, level, certNumber, s.get("phone").optionalText(),
                    s.get("username").optionalText()));
        }

        List<PartnerSpec> partners = new ArrayList<>();
        Set<String> partnerNames = new HashSet<>();
        for (JsonField p : root.get("partners").items()) {
            JsonField nameField = p.get("name");
            String name = nameField.text();
            if (!partnerNames.add(name)) {
                throw nameField.problem("partner " + name + " is listed twice");
            }
            partners.add(new PartnerSpec(name, p.get("type").oneOf(PartnerType.class),
                    p.get("contactPerson").optionalText(), p.get("contactPhone").optionalText(),
                    p.get("provides").optionalText()));
        }

        JsonField demoField = root.get("demo");
        DemoSpec demo = demoField.isPresent()
                ? new DemoSpec(demoField.get("residentsPerStation").nonNegativeInt(),
                        demoField.get("activitiesPerStation").nonNegativeInt())
                : DemoSpec.NONE;
        if (demo.residentsPerStation() > 0) {
            for (ContractSpec c : contracts) {
                if (tree.communitiesOf(c.street()).isEmpty()) {
                    throw demoField.problem("demo residents need communities below street " + c.street());
                }
            }
        }
        return new OperatorDescriptor(file, code, root.get("name").text(), root.get("contactPhone").optionalText(),
                Set.copyOf(modules), List.copyOf(contracts), List.copyOf(staff), List.copyOf(partners), demo);
    }

    private static String stationStreet(JsonField field, Set<String> stationStreets) {
        String street = field.text();
        if (!stationStreets.contains(street)) {
            throw field.problem(street + " is not a street with a station in regions.json");
        }
        return street;
    }

    private static JsonField parse(Path path) {
        return parse(path, path.getFileName().toString());
    }

    private static JsonField parse(Path path, String file) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             var json = Json.createReader(reader)) {
            JsonValue value = json.readValue();
            JsonField root = new JsonField(file, "", value);
            root.object();
            return root;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new MalformedDescriptorException(file, "",
                    "not valid JSON at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + e.getMessage());
        } catch (JsonException e) {
            throw new MalformedDescriptorException(file, "", "not valid JSON: " + e.getMessage());
        } catch (IOException e) {
            throw new MalformedDescriptorException(file, "", "cannot be read: " + e.getMessage());
        }
    }
}
