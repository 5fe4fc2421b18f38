package org.shegong.platform.application.residents.imports;

import org.shegong.platform.api.records.Reason;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
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
import org.shegong.platform.application.residents.ValidResidentDetails;
import org.shegong.platform.domain.model.contact.PhoneNumber;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionRepository;
import org.shegong.platform.domain.model.resident.Gender;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.InvalidIdNumberException;
import org.shegong.platform.domain.model.resident.Resident;
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
    Clock clock;

    /** Checks the rows for a person working in the given streets; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportCheck check(List<ImportLine> lines, Set<String> streetCodes) {
        return check(new ImportFile(lines, List.of()), streetCodes);
    }

    /** Checks a read file: its rows, and what of it was not read (named in the result). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportCheck check(ImportFile file, Set<String> streetCodes) {
        List<ImportLine> rows = file.lines().stream().filter(l -> !l.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new ImportRefusedException(new Refusal("import.refused.noRows"));
        }
        if (rows.size() > MAX_ROWS) {
            throw new ImportRefusedException(tooManyRows());
        }
        Map<String, Region> communities = communitiesOf(streetCodes);
        Map<String, Resident> registered = registry.findByIdNumbers(idNumbersOf(rows));
        Map<String, Integer> seenIdNumbers = new HashMap<>();
        Map<String, Integer> seenWithoutIdNumber = new HashMap<>();
        List<ImportRow> checked = new ArrayList<>();
        for (ImportLine line : rows) {
            checked.add(check(line, communities, registered, seenIdNumbers, seenWithoutIdNumber));
        }
        return new ImportCheck(checked, file.unread());
    }

    /** The refusal of a file with more rows than one import takes. */
    public static Refusal tooManyRows() {
        return new Refusal("import.refused.tooManyRows", String.valueOf(MAX_ROWS));
    }

    /**
     * Writes the checked rows. In all-or-nothing mode a check with any bad row is refused whole.
     * Returns how many residents were registered.
     */
    @Transactional(rollbackOn = Exception.class)
    public int apply(ImportCheck check, ImportMode mode, IntConsumer progress) {
        if (mode == ImportMode.ALL_OR_NOTHING && !check.isClean()) {
            throw new ImportRefusedException(new Refusal("import.refused.rowsWithErrors", String.valueOf(check.invalid().size())));
        }
        List<ImportRow> valid = check.valid();
        try {
            return registry.registerAll(valid.stream().map(ImportRow::details).toList(),
                    Said.of("history.resident.importedFile", String.valueOf(valid.size())), i -> valid.get(i).rowNumber(),
                    progress).size();
        } catch (ResidentRegistry.RefusedAt e) {
            if (e.index() < 0) {
                throw new ImportRefusedException(e.reason() instanceof Refusal r ? r : new Refusal("import.refused.raced"));
            }
            // the row's own reason, said in the reader's language inside this one
            Object reason = e.reason() instanceof Refusal r ? r : e.reason().getMessage();
            throw new ImportRefusedException(new Refusal("import.refused.changed", String.valueOf(valid.get(e.index()).rowNumber()), reason));
        }
    }

    /** The well-formed ID numbers of the rows, to look them all up in the register at once. */
    private static List<String> idNumbersOf(List<ImportLine> rows) {
        List<String> numbers = new ArrayList<>();
        for (ImportLine line : rows) {
            if (!line.idNumber().isBlank()) {
                try {
                    numbers.add(IdNumber.of(TypedValue.idNumber(line.idNumber()).value()).value());
                } catch (InvalidIdNumberException e) {
                    // the row's check says why
                }
            }
        }
        return numbers;
    }

    private ImportRow check(ImportLine line, Map<String, Region> communities, Map<String, Resident> registered,
                            Map<String, Integer> seenIdNumbers,
                            Map<String, Integer> seenWithoutIdNumber) {
        List<Reason> errors = new ArrayList<>(line.problems());
        List<Reason> notes = new ArrayList<>();
        if (line.hidden()) {
            notes.add(Reason.of("import.note.hidden"));
        }
        String name = noted(TypedValue.text(line.name(), "import.field.name"), notes);
        String idNumber = null;
        IdNumber parsed = null;
        if (!line.idNumber().isBlank()) {
            try {
                parsed = IdNumber.of(noted(TypedValue.idNumber(line.idNumber()), notes));
                idNumber = parsed.value();
                Integer earlier = seenIdNumbers.putIfAbsent(idNumber, line.rowNumber());
                if (earlier != null) {
                    errors.add(Reason.of("import.reason.sameIdAs", String.valueOf(earlier)));
                } else {
                    Resident other = registered.get(idNumber);
                    if (other != null) {
                        errors.add(Reason.of(registry.whyNotRegistrable(other)));
                    }
                }
            } catch (InvalidIdNumberException e) {
                errors.add(Reason.of("import.reason.idNumber", e));
            }
        }
        Region community = null;
        String communityName = noted(TypedValue.text(line.community(), "import.field.community"), notes);
        if (communityName.isEmpty()) {
            errors.add(Reason.of("import.reason.communityRequired"));
        } else {
            community = communities.get(communityName);
            if (community == null) {
                errors.add(Reason.of("import.reason.unknownCommunity", communityName));
            }
        }
        String phone = noted(TypedValue.phone(line.phone()), notes);
        if (!phone.isEmpty() && !PhoneNumber.isWellFormed(phone)) {
            errors.add(Reason.of("import.reason.phone", phone));
        }
        String address = noted(TypedValue.text(line.address(), "import.field.address"), notes);
        Set<ResidentCategory> categories = EnumSet.noneOf(ResidentCategory.class);
        String categoryText = TypedValue.text(line.categories(), "import.field.categories").value();
        if (!categoryText.isEmpty()) {
            for (String word : categoryText.split("[,，、;；\\s]+")) {
                Optional<ResidentCategory> category = ResidentCategory.parse(word);
                category.ifPresentOrElse(categories::add,
                        () -> errors.add(Reason.of("import.reason.category", word)));
            }
        }
        Gender gender = gender(TypedValue.text(line.gender(), "import.field.gender").value(), errors);
        LocalDate birthDate = birthDate(TypedValue.text(line.birthDate(), "import.field.birthDate").value(), errors);
        LocalDate registeredOn = registeredOn(TypedValue.text(line.registeredOn(), "import.field.registeredOn").value(), errors);
        if (idNumber != null) {
            LocalDate inIdNumber = parsed.birthDate();
            if (!Resident.isPlausibleBirthDate(inIdNumber, LocalDate.now(clock))) {
                errors.add(Reason.of("import.reason.birthDateRange", inIdNumber.toString()));
            }
            if (birthDate != null && !birthDate.equals(inIdNumber)) {
                errors.add(Reason.of("import.reason.birthDateDiffers", birthDate.toString(), inIdNumber.toString()));
            }
            if (gender != null && gender != parsed.gender()) {
                errors.add(Reason.of("import.reason.genderDiffers"));
            }
            Resident.misfit(categories, inIdNumber, LocalDate.now(clock))
                    .ifPresent(r -> errors.add(Reason.of(r)));
            gender = null;
            birthDate = null;
        } else if (birthDate != null) {
            Resident.misfit(categories, birthDate, LocalDate.now(clock))
                    .ifPresent(r -> errors.add(Reason.of(r)));
        }
        if (idNumber == null && line.idNumber().isBlank() && line.problems().isEmpty() && !name.isEmpty() && community != null) {
            String person = name + "|" + community.getCode() + "|" + (birthDate == null ? "" : birthDate);
            Integer earlier = seenWithoutIdNumber.putIfAbsent(person, line.rowNumber());
            if (earlier != null) {
                notes.add(Reason.of(birthDate == null ? "import.note.samePerson" : "import.note.samePersonBorn",
                        String.valueOf(earlier)));
            }
        }
        // a malformed phone is already this row's reason (import.reason.phone): not said twice by the details' rule
        ResidentDetails details = new ResidentDetails(name, idNumber, gender, birthDate,
                PhoneNumber.isWellFormed(phone) ? phone : null,
                community == null ? "" : community.getCode(), blankToNull(address), categories, registeredOn);
        // validated here once: the write takes the valid rows as they are (ValidResidentDetails)
        ValidResidentDetails valid = registry.validated(details, v -> {
            if (!"communityCode".equals(v.getPropertyPath().toString())) {
                // every rule of ResidentDetails names a bundle key; one without would show its key
                String key = Reasons.violationKey(v);
                errors.add(Reason.of(key == null ? v.getMessageTemplate() : key));
            }
        });
        return new ImportRow(line.rowNumber(), name, errors.isEmpty() ? valid : null, errors, notes);
    }

    private static String noted(TypedValue typed, List<Reason> notes) {
        typed.note().ifPresent(notes::add);
        return typed.value();
    }

    private static Gender gender(String typed, List<Reason> errors) {
        return switch (typed) {
            case "" -> null;
            case "男", "男性", "M", "m" -> Gender.MALE;
            case "女", "女性", "F", "f" -> Gender.FEMALE;
            default -> {
                errors.add(Reason.of("import.reason.gender", typed));
                yield null;
            }
        };
    }

    private LocalDate birthDate(String typed, List<Reason> errors) {
        if (typed.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = TypedValue.date(typed);
        if (date.isEmpty()) {
            errors.add(Reason.of("import.reason.birthDate", typed));
            return null;
        }
        if (!Resident.isPlausibleBirthDate(date.get(), LocalDate.now(clock))) {
            errors.add(Reason.of("import.reason.birthDateRange", date.get().toString()));
            return null;
        }
        return date.get();
    }

    /**
     * The registration date (建档日期) typed in the row: none is the day of the import (the station
     * registers them now); one that is no date, or one the resident's rule refuses (before 2000,
     * after today), is the row's error with the date. As the birth date, written as people write dates.
     */
    private LocalDate registeredOn(String typed, List<Reason> errors) {
        LocalDate today = LocalDate.now(clock);
        if (typed.isEmpty()) {
            return today;
        }
        Optional<LocalDate> date = TypedValue.date(typed);
        if (date.isEmpty()) {
            errors.add(Reason.of("import.reason.registeredOn", typed));
            return today;
        }
        if (!Resident.isPlausibleRegistrationDate(date.get(), today)) {
            errors.add(Reason.of("import.reason.registeredOnRange", date.get().toString()));
            return today;
        }
        return date.get();
    }

    /** My stations' communities, findable by name or by code. */
    private Map<String, Region> communitiesOf(Set<String> streetCodes) {
        Map<String, Region> byNameOrCode = new HashMap<>();
        // one query for all my streets (it was two per street, for every file)
        for (Region c : regions.childrenOfCodes(streetCodes)) {
            byNameOrCode.put(c.getName(), c);
            byNameOrCode.put(c.getCode(), c);
        }
        return byNameOrCode;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
