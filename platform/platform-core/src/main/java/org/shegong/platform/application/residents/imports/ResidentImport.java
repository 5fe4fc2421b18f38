package org.shegong.platform.application.residents.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.shegong.platform.application.residents.ResidentDetails;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.contact.PhoneNumber;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionRepository;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.InvalidIdNumberException;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/**
 * Registers residents from a spreadsheet. Every row is checked first, all its problems named with
 * the row number; then the person chooses all-or-nothing or the valid rows only. Writing happens in
 * one transaction, so a failure half-way (or a duplicate someone registered since the check) leaves
 * nothing half-written.
 */
@ApplicationScoped
public class ResidentImport {

    /** Large enough for a street's whole register, small enough for one transaction. */
    public static final int MAX_ROWS = 5_000;

    @Inject
    ResidentRegistry registry;

    @Inject
    RegionRepository regions;

    @Inject
    Validator validator;

    /** Checks the rows for a person working in the given streets; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportCheck check(List<ImportLine> lines, Set<String> streetCodes) {
        List<ImportLine> rows = lines.stream().filter(l -> !l.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new ImportRefusedException("文件中没有数据行 / the file has no rows to import");
        }
        if (rows.size() > MAX_ROWS) {
            throw new ImportRefusedException("一次最多导入 " + MAX_ROWS + " 行，本文件有 " + rows.size()
                    + " 行，请拆分 / at most " + MAX_ROWS + " rows per file");
        }
        Map<String, Region> communities = communitiesOf(streetCodes);
        Map<String, Integer> seenIdNumbers = new HashMap<>();
        List<ImportRow> checked = new ArrayList<>();
        for (ImportLine line : rows) {
            checked.add(check(line, communities, seenIdNumbers));
        }
        return new ImportCheck(checked);
    }

    /**
     * Writes the checked rows. In all-or-nothing mode a check with any bad row is refused whole.
     * Returns how many residents were registered.
     */
    @Transactional(rollbackOn = Exception.class)
    public int apply(ImportCheck check, ImportMode mode, IntConsumer progress) {
        if (mode == ImportMode.ALL_OR_NOTHING && !check.isClean()) {
            throw new ImportRefusedException("有 " + check.invalid().size() + " 行有错误，全部未导入 / "
                    + check.invalid().size() + " rows have errors; nothing was imported");
        }
        List<ImportRow> valid = check.valid();
        int done = 0;
        for (ImportRow row : valid) {
            try {
                registry.register(row.details());
            } catch (IllegalArgumentException e) {
                throw new ImportRefusedException("第 " + row.rowNumber() + " 行：" + e.getMessage()
                        + "（检查后有变化，全部未导入，请重新检查 / changed since the check; nothing was imported）");
            }
            progress.accept(++done);
        }
        return done;
    }

    private ImportRow check(ImportLine line, Map<String, Region> communities, Map<String, Integer> seenIdNumbers) {
        List<String> errors = new ArrayList<>();
        String idNumber = null;
        if (!line.idNumber().isEmpty()) {
            try {
                idNumber = IdNumber.of(line.idNumber()).value();
                Integer earlier = seenIdNumbers.putIfAbsent(idNumber, line.rowNumber());
                if (earlier != null) {
                    errors.add("身份证号与第 " + earlier + " 行重复 / same ID number as row " + earlier);
                } else {
                    registry.findByIdNumber(idNumber).ifPresent(r -> errors.add(registry.whyNotRegistrable(r)));
                }
            } catch (InvalidIdNumberException e) {
                errors.add("身份证号：" + e.getMessage());
            }
        }
        Region community = null;
        if (line.community().isEmpty()) {
            errors.add("社区不能为空 / community is required");
        } else {
            community = communities.get(line.community());
            if (community == null) {
                errors.add("社区“" + line.community() + "”不存在或不在您的社工站范围内 / unknown community");
            }
        }
        if (!line.phone().isEmpty() && !PhoneNumber.isWellFormed(line.phone())) {
            errors.add("电话格式不正确：" + line.phone() + " / phone is not a number");
        }
        Set<ResidentCategory> categories = EnumSet.noneOf(ResidentCategory.class);
        if (!line.categories().isEmpty()) {
            for (String word : line.categories().split("[,，、;；\\s]+")) {
                Optional<ResidentCategory> category = ResidentCategory.parse(word);
                category.ifPresentOrElse(categories::add,
                        () -> errors.add("类别“" + word + "”无法识别（可填：老年人、儿童、低保、特困、残疾人） / unknown category"));
            }
        }
        ResidentDetails details = new ResidentDetails(line.name(), idNumber, null, null, blankToNull(line.phone()),
                community == null ? "" : community.getCode(), blankToNull(line.address()), categories);
        for (ConstraintViolation<ResidentDetails> v : validator.validate(details)) {
            if (!"communityCode".equals(v.getPropertyPath().toString())) {
                errors.add(v.getMessage());
            }
        }
        return new ImportRow(line.rowNumber(), line.name(), errors.isEmpty() ? details : null, errors);
    }

    /** My stations' communities, findable by name or by code. */
    private Map<String, Region> communitiesOf(Set<String> streetCodes) {
        Map<String, Region> byNameOrCode = new HashMap<>();
        for (String street : streetCodes) {
            regions.findByCode(street).ifPresent(s -> regions.childrenOf(s).forEach(c -> {
                byNameOrCode.put(c.getName(), c);
                byNameOrCode.put(c.getCode(), c);
            }));
        }
        return byNameOrCode;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
