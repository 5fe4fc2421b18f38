package org.shegong.platform.application.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.AuditedRead;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.records.Refusals;
import org.shegong.platform.application.audit.Changes;
import org.shegong.platform.application.audit.RecordHistory;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.region.RegionRepository;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.IdNumberIndex;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentQuery;
import org.shegong.platform.domain.model.resident.ResidentRepository;
import org.shegong.platform.domain.model.resident.ResidentRow;

/** Registering, finding and changing the current tenant's residents (服务对象). */
@ApplicationScoped
@Transactional
public class ResidentRegistry {

    public static final String KIND = "服务对象 resident";
    /** The record kind of residents in the audit trail. */
    public static final String AUDIT_KIND = "resident";
    private static final String ID_NUMBER = "history.field.resident.idNumber";
    private static final Set<String> SECRET = Set.of(ID_NUMBER);

    @Inject
    ResidentRepository residents;

    @Inject
    RegionRepository regions;

    @Inject
    IdNumberIndex idNumberIndex;

    @Inject
    AuditTrail audit;

    /** The trail's own implementation, for writing many entries at once (not part of the modules' API). */
    @Inject
    RecordHistory history;

    @Inject
    Actor actor;

    @Inject
    ResidentEvents events;

    @Inject
    Clock clock;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    ValidatorFactory validators;

    /** {@link #validated}'s validator, made on first use. */
    private volatile Validator detailsValidator;

    /**
     * Registers a person. Every rule the details break is refused at once ({@link #checked}): nothing is
     * written unless all pass.
     */
    public Resident register(@NotNull ResidentDetails details) {
        return register(details, null);
    }

    private Resident register(ResidentDetails details, Set<String> streetCodes) {
        Checked checked = checked(null, details, streetCodes);
        Resident resident = new Resident(details.name(), checked.community());
        apply(resident, checked.idNumber(), details, checked.community());
        residents.store(resident);
        flush(resident);
        audit.record(AUDIT_KIND, resident.getId(), AuditAction.CREATED, Said.of("history.resident.registered") + Changes.of(describe(resident), SECRET));
        events.registered(resident);
        return resident;
    }

    /**
     * Registers many people at once (an import of a file): the same rules as {@link #register} for
     * each, one {@code ResidentRegistered} event each, but in one statement per hundred people instead
     * of five round trips per person: the communities are looked up once, the ID numbers only if the
     * unique key refuses one, the residents written in multi-row INSERTs (docs/ARCHITECTURE.md,
     * Import). The history gets one {@code IMPORTED} entry for the whole file ({@code said}, with the
     * row count), and each resident points to it with its row ({@code rowOf}, by position): the
     * resident's history shows "registered by Excel import (row N)" from that ({@link #history}). All
     * or nothing: the caller's transaction holds every row, and a refused person throws
     * {@link RefusedAt} (which one, and why) so the caller rolls it all back. {@code progress} hears
     * how many are written after each statement. Returns the new ids in order.
     */
    public List<Long> registerAll(@NotNull List<@NotNull ValidResidentDetails> all, @NotNull String said,
                                  @NotNull IntUnaryOperator rowOf, @NotNull IntConsumer progress) {
        if (all.isEmpty()) {
            return List.of();
        }
        long entry = history.recordForMany(AUDIT_KIND, AuditAction.IMPORTED, said, all.size());
        // the file's communities in one query, not one per community (the loop asks again for a code
        // not found here, and that refuses its row as before)
        Map<String, Region> communities = new HashMap<>();
        for (Region r : regions.findByCodes(all.stream().map(v -> v.details().communityCode()).toList())) {
            if (r.getLevel() == RegionLevel.COMMUNITY) {
                communities.put(r.getCode(), r);
            }
        }
        List<Resident> file = new ArrayList<>(all.size());
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ResidentDetails details = all.get(i).details();
            Region community;
            IdNumber idNumber;
            try {
                community = communities.computeIfAbsent(details.communityCode(), this::community);
                idNumber = details.idNumber() == null || details.idNumber().isBlank() ? null : IdNumber.of(details.idNumber());
            } catch (IllegalArgumentException e) {
                throw new RefusedAt(i, e);
            }
            Resident resident = new Resident(details.name(), community);
            apply(resident, idNumber, details, community);
            resident.importedFrom(entry, rowOf.applyAsInt(i));
            if (resident.getIdNumberIndex() != null && indexes.putIfAbsent(resident.getIdNumberIndex(), i) != null) {
                throw new RefusedAt(i, new Refusal("resident.refused.idNotHere"));
            }
            file.add(resident);
        }
        List<Long> ids;
        try {
            // the whole file in one call: the driver parses the INSERT once per call, not once per thousand rows
            ids = residents.storeNew(file, progress);
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                // someone registered one of these numbers since the check: the unique key says so
                throw takenSinceTheCheck(indexes, entry);
            }
            throw e;
        }
        events.registeredAll(file, ids);
        return ids;
    }

    /**
     * After the unique key refused a row of the file: the first of its rows whose number someone else
     * registered since the check, with why (as {@link #register} would refuse it). The write does not
     * look the numbers up before inserting: the check did, and the key catches whatever changed since,
     * whether it was committed before the write began or while it ran (a look-up per thousand rows
     * before inserting was a third of the database's work of an import). The file's own rows already
     * inserted by earlier statements point to this import's entry and are not someone else's. Nothing
     * seen (a database whose reads see a snapshot older than the rival's commit): the file is refused as
     * raced, without a row.
     */
    private RefusedAt takenSinceTheCheck(Map<String, Integer> indexes, long entry) {
        return residents.findByIdNumberIndexes(indexes.keySet()).stream()
                .filter(other -> !Long.valueOf(entry).equals(other.getImportedIn()))
                .min(Comparator.comparing(other -> indexes.get(other.getIdNumberIndex())))
                .map(other -> new RefusedAt(indexes.get(other.getIdNumberIndex()), whyNotRegistrable(other)))
                .orElseGet(() -> new RefusedAt(-1, new Refusal("import.refused.raced")));
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Validates details against {@link ResidentDetails}' rules, once: each violation goes to
     * {@code violation}; with none, the details come back as valid for {@link #registerAll}, else null.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ValidResidentDetails validated(@NotNull ResidentDetails details,
                                          @NotNull Consumer<ConstraintViolation<ResidentDetails>> violation) {
        Set<ConstraintViolation<ResidentDetails>> violations = detailsValidator().validate(details);
        violations.forEach(violation);
        return violations.isEmpty() ? new ValidResidentDetails(details) : null;
    }

    /**
     * A validator that takes every property as reachable: the container's asks the persistence provider,
     * for each constrained property, whether it is loaded — meaningless for details, a record that is
     * never an entity, and a tenth of an import's check in its profile (a call per rule per row).
     */
    private Validator detailsValidator() {
        Validator v = detailsValidator;
        if (v == null) {
            v = validators.usingContext().traversableResolver(new EverythingReachable()).getValidator();
            detailsValidator = v;
        }
        return v;
    }

    private static final class EverythingReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    /** A person of a batch ({@link #registerAll}) at this position (-1: which one is not known) was refused, for this reason. */
    public static final class RefusedAt extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int index;

        RefusedAt(int index, IllegalArgumentException reason) {
            super(reason.getMessage(), reason);
            this.index = index;
        }

        public int index() {
            return index;
        }

        /** The reason: a {@link Refusal} to be said in the reader's language, or the rule's own message. */
        public IllegalArgumentException reason() {
            return (IllegalArgumentException) getCause();
        }
    }

    /**
     * As {@link #register(ResidentDetails)}, for a person who works in the given streets only: a
     * community outside them is refused, as when changing a resident.
     */
    public Resident registerInStreets(@NotNull ResidentDetails details, @NotNull Set<String> streetCodes) {
        return register(details, java.util.Objects.requireNonNull(streetCodes, "streets"));
    }

    /** What {@link #checked} found the details to name: the community, and the ID number the resident will have. */
    private record Checked(Region community, IdNumber idNumber) {
    }

    /** The order of a form's fields (the details' components): reasons are said in it, the first one first. */
    private static final List<String> FIELDS = java.util.Arrays.stream(ResidentDetails.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    /**
     * Checks details against every rule before anything is written, and refuses with all the reasons at once
     * ({@link Refusals}, each about its field, in the form's order; one reason as a plain {@link Refusal}):
     * the details' own rules (Bean Validation), the community (known, and among {@code streetCodes} unless
     * null), the ID number (valid, and no one else's in the tenant) and the resident's rules ({@link Resident#check}).
     * A rule that needs a refused value (a birth date inside a malformed ID number) is not asked.
     * {@code resident}: the one being changed, null for a new one.
     */
    private Checked checked(Resident resident, ResidentDetails details, Set<String> streetCodes) {
        Refusals.Collector refused = Refusals.collector();
        detailsValidator().validate(details).stream()
                .sorted(Comparator.<ConstraintViolation<ResidentDetails>>comparingInt(v -> fieldOrder(v.getPropertyPath().toString()))
                        .thenComparing(v -> String.valueOf(v.getMessageTemplate())))
                .forEach(v -> refused.add(v.getPropertyPath().toString(), refusal(v)));
        Region community = null;
        if (!refused.refused("communityCode")) {
            community = refused.check("communityCode", () -> community(details.communityCode()));
            if (community != null && streetCodes != null && !streetCodes.contains(community.getParent().getCode())) {
                refused.add("communityCode", new Refusal("resident.refused.communityNotServed"));
            }
        }
        IdNumber idNumber = refused.check("idNumber", () -> registrableIdNumber(resident, details));
        boolean idRefused = refused.refused("idNumber");
        Resident.check(refused, resident, idNumber, idRefused ? null : details.birthDate(), details.registeredOn(),
                details.categories(), LocalDate.now(clock));
        refused.refuseIfAny();
        return new Checked(community, idNumber);
    }

    private static int fieldOrder(String field) {
        int at = FIELDS.indexOf(field);
        return at < 0 ? FIELDS.size() : at;
    }

    /** A violated rule of the details as a refusal: its bundle key (the rules of {@link ResidentDetails} all name one), else its text. */
    private static Refusal refusal(ConstraintViolation<ResidentDetails> v) {
        String key = Reasons.violationKey(v);
        return new Refusal(key != null ? key : v.getMessage());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Resident> find(long id) {
        return residents.find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Resident> findByIdNumber(String idNumber) {
        return residents.findByIdNumberIndex(idNumberIndex.of(IdNumber.of(idNumber)));
    }

    /**
     * The residents (removed ones too) with any of these well-formed ID numbers, by number: one
     * query per thousand numbers, for checking a whole file.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Resident> findByIdNumbers(Collection<String> idNumbers) {
        Map<String, String> numberByIndex = new HashMap<>();
        for (String number : idNumbers) {
            IdNumber parsed = IdNumber.of(number);
            numberByIndex.put(idNumberIndex.of(parsed), parsed.value());
        }
        Map<String, Resident> found = new HashMap<>();
        for (Resident r : residents.findByIdNumberIndexes(numberByIndex.keySet())) {
            found.put(numberByIndex.get(r.getIdNumberIndex()), r);
        }
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resident> page(int first, int max) {
        return residents.page(first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resident> pageInStreets(Set<String> streetCodes, int first, int max) {
        return residents.pageInStreets(streetCodes, first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countInStreets(Set<String> streetCodes) {
        return residents.countInStreets(streetCodes);
    }

    /**
     * Residents on the register at the end of a day (Asia/Shanghai), per street code: the
     * platform's {@code residents} metric, a snapshot. A person counts from their registration date
     * (建档日期), which may be before the row was written, until removed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, Long> countPerStreetOn(Set<String> streetCodes, LocalDate day) {
        return residents.countPerStreetOn(streetCodes, day,
                day.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    /**
     * Searches my residents. An ID number criterion is validated first (a malformed one is a clear
     * error, not an empty result) and matched exactly through the blind index.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resident> search(ResidentSearch search, int first, int max) {
        return residents.search(query(search), first, max);
    }

    /** As {@link #search}, as list rows: for a list that only shows residents (opening one reads the entity). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResidentRow> searchRows(ResidentSearch search, int first, int max) {
        return residents.searchRows(query(search), first, max);
    }

    /** As {@link #page}, as list rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResidentRow> pageRows(int first, int max) {
        return residents.pageRows(first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(ResidentSearch search) {
        return residents.count(query(search));
    }

    private ResidentQuery query(ResidentSearch s) {
        String index = s.idNumber() == null || s.idNumber().isBlank() ? null : idNumberIndex.of(IdNumber.of(s.idNumber()));
        return new ResidentQuery(s.streetCodes(), s.name(), index, s.phone(), s.communityCode(), s.category(), s.sortBy(),
                s.ascending(), s.removed());
    }

    /** A resident of the current tenant who lives in one of the given streets (and is not removed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Resident> findInStreets(long id, Set<String> streetCodes) {
        return residents.find(id).filter(r -> !r.isRemoved() && streetCodes.contains(r.getCommunity().getParent().getCode()));
    }

    /** A removed resident of the given streets, to be looked at or restored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Resident> findRemovedInStreets(long id, Set<String> streetCodes) {
        return residents.find(id).filter(r -> r.isRemoved() && streetCodes.contains(r.getCommunity().getParent().getCode()));
    }

    /**
     * Opens a resident of the given streets to look at their record (the resident page, the API's
     * by-id read): the read is recorded in the audit trail before the record is handed out.
     */
    @AuditedRead(kind = AUDIT_KIND, purpose = "#reads.purpose.residentOpened")
    public Optional<Resident> open(long id, Set<String> streetCodes) {
        return findInStreets(id, streetCodes);
    }

    /** As {@link #open}, for a removed resident of the given streets (to be looked at or restored). */
    @AuditedRead(kind = AUDIT_KIND, purpose = "#reads.purpose.removedResidentOpened")
    public Optional<Resident> openRemoved(long id, Set<String> streetCodes) {
        return findRemovedInStreets(id, streetCodes);
    }

    /**
     * The full ID number of a resident of the given streets, for a station lead or operator admin.
     * The reveal is written to the audit trail first and the value returned only after the entry is
     * stored: if it cannot be written, nothing is revealed.
     */
    @Requires(Access.STATION_MANAGEMENT)
    public String revealIdNumber(long id, Set<String> streetCodes) {
        Resident resident = findInStreets(id, streetCodes)
                .or(() -> findRemovedInStreets(id, streetCodes))
                .filter(r -> r.getIdNumber() != null)
                .orElseThrow(() -> new RecordNotFoundException(KIND, id));
        audit.record(AUDIT_KIND, id, AuditAction.REVEALED, Said.of("history.idNumberRevealed"));
        return resident.getIdNumber().value();
    }

    /**
     * Records that the residents matching {@code search} are being exported as a file of the given
     * format, with their number, before a row is written: an export that cannot be recorded does not
     * happen. Returns the row count.
     */
    public long exporting(ResidentSearch search, String format) {
        long rows = residents.count(query(search));
        audit.readList(AUDIT_KIND, AuditAction.EXPORTED, Math.toIntExact(rows), Said.of("reads.purpose.export", format));
        return rows;
    }

    /** A page of the residents of the given streets sent to a client (the API's list), recorded with its row count. */
    public List<Resident> listInStreets(Set<String> streetCodes, int first, int max, String purpose) {
        List<Resident> page = residents.pageInStreets(streetCodes, first, max);
        audit.readList(AUDIT_KIND, AuditAction.LISTED, page.size(), purpose);
        return page;
    }

    /** A search's results sent to a client (the API's search), recorded with their row count. */
    public List<Resident> searchListed(ResidentSearch search, int first, int max, String purpose) {
        List<Resident> page = residents.search(query(search), first, max);
        audit.readList(AUDIT_KIND, AuditAction.LISTED, page.size(), purpose);
        return page;
    }

    /**
     * Who did what to the resident, newest first. A resident registered by an import ends with that
     * import's entry (who, when), said as this resident's row of the file with the values it brought:
     * the values now, while no change since says otherwise; after a change, each change's line holds
     * the value before it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> history(long id) {
        List<AuditRecord> all = new ArrayList<>(audit.historyOf(AUDIT_KIND, id));
        residents.find(id).filter(r -> r.getImportedIn() != null)
                .flatMap(r -> history.entry(r.getImportedIn()).map(file -> importedLine(r, file, all)))
                .ifPresent(all::add);
        return all;
    }

    private static AuditRecord importedLine(Resident r, AuditRecord file, List<AuditRecord> since) {
        String row = String.valueOf(r.getImportedRow());
        boolean changed = since.stream().anyMatch(e -> AuditAction.CHANGED.code().equals(e.action().code()));
        String details = changed ? Said.of("history.resident.importedChangedSince", row)
                : Said.of("history.resident.imported", row) + Changes.of(describe(r), SECRET);
        return new AuditRecord(file.at(), file.actor(), AUDIT_KIND, r.getId(), file.action(), details, 1);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return residents.count();
    }

    /**
     * Changes a resident that the caller read at {@code readVersion}, for a person who works in the
     * given streets: a resident outside them is not found, and cannot be moved outside them either.
     * If anyone changed the resident since, nothing is written and {@link ConcurrentChangeException}
     * says so. There is no "any street" form: every change names the streets it may touch.
     */
    public Resident updateInStreets(long id, long readVersion, @NotNull ResidentDetails details,
                                    @NotNull Set<String> streetCodes) {
        return update(id, readVersion, details, java.util.Objects.requireNonNull(streetCodes, "streets"));
    }

    private Resident update(long id, long readVersion, ResidentDetails details, Set<String> streetCodes) {
        Resident resident = residents.find(id)
                .filter(r -> !r.isRemoved())
                .filter(r -> streetCodes.contains(r.getCommunity().getParent().getCode()))
                .orElseThrow(() -> new RecordNotFoundException(KIND, id));
        // Checked before anything changes: the duplicate query would otherwise flush the change
        // early, where a lost race is not turned into ConcurrentChangeException.
        Checked checked = checked(resident, details, streetCodes);
        Region community = checked.community();
        IdNumber idNumber = checked.idNumber();
        if (resident.getVersion() != readVersion) {
            throw new ConcurrentChangeException(KIND, id);
        }
        Map<String, Object> before = describe(resident);
        String streetBefore = ResidentEvents.streetOf(resident);
        LocalDate registeredOnBefore = resident.getRegisteredOn();
        resident.rename(details.name());
        apply(resident, idNumber, details, community);
        flush(resident);
        String changes = Changes.between(before, describe(resident), SECRET);
        if (!changes.isEmpty()) {
            audit.record(AUDIT_KIND, id, AuditAction.CHANGED, changes);
        }
        events.updated(resident, streetBefore, registeredOnBefore, !changes.isEmpty());
        return resident;
    }

    /**
     * Removes a resident of the given streets: they leave lists and searches, everything about them
     * is kept, and {@link #restore} brings them back.
     */
    @Requires(Access.STATION_MANAGEMENT)
    public void removeInStreets(long id, Set<String> streetCodes) {
        Resident resident = findInStreets(id, streetCodes).orElseThrow(() -> new RecordNotFoundException(KIND, id));
        resident.remove(actor.name(), clock.instant());
        flush(resident);
        audit.record(AUDIT_KIND, id, AuditAction.REMOVED, Said.of("history.removed"));
        events.removed(resident);
    }

    /** Brings a removed resident back; like removing, for station leads and operator admins only. */
    @Requires(Access.STATION_MANAGEMENT)
    public void restoreInStreets(long id, Set<String> streetCodes) {
        Resident resident = findRemovedInStreets(id, streetCodes).orElseThrow(() -> new RecordNotFoundException(KIND, id));
        java.time.Instant removedAt = resident.getRemovedAt();
        resident.restore();
        flush(resident);
        audit.record(AUDIT_KIND, id, AuditAction.RESTORED, Said.of("history.restored"));
        events.restored(resident, removedAt);
    }

    /**
     * The ID number the resident will have: an empty or absent one keeps the number on record, so a
     * form or API call that leaves it out never erases it (erasing a sensitive field is not
     * offered). A number that belongs to someone else in the tenant is refused.
     */
    private IdNumber registrableIdNumber(Resident resident, ResidentDetails details) {
        IdNumber onFile = resident == null ? null : resident.getIdNumber();
        IdNumber idNumber = details.idNumber() == null || details.idNumber().isBlank()
                ? onFile : IdNumber.of(details.idNumber());
        if (idNumber != null && !idNumber.equals(onFile)) {
            residents.findByIdNumberIndex(idNumberIndex.of(idNumber))
                    .filter(other -> !other.equals(resident))
                    .ifPresent(other -> {
                        throw whyNotRegistrable(other);
                    });
        }
        return idNumber;
    }

    private void apply(Resident resident, IdNumber idNumber, ResidentDetails details, Region community) {
        LocalDate bornOnFile = resident.getBirthDate();
        resident.identify(idNumber, idNumber == null ? null : idNumberIndex.of(idNumber));
        resident.describe(details.gender(), details.birthDate(), details.phone());
        resident.checkBirthDate(LocalDate.now(clock));
        resident.registeredOn(details.registeredOn(), LocalDate.now(clock));
        resident.moveTo(community, details.address());
        resident.categorise(details.categories(), LocalDate.now(clock),
                java.util.Objects.equals(bornOnFile, resident.getBirthDate()));
    }

    /**
     * Why an ID number cannot be registered again. Only an operator admin, who sees every station,
     * learns where the person is; anyone else is told whom to ask, so the answer does not confirm
     * that someone exists at another station or among the removed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Refusal whyNotRegistrable(Resident other) {
        boolean seesAll = currentIdentity.get().map(Access.OPERATOR::allows).orElse(false);
        if (!seesAll) {
            return new Refusal("resident.refused.idNotHere");
        }
        return other.isRemoved()
                ? new Refusal("resident.refused.idRemoved", String.valueOf(other.getId()))
                : new Refusal("resident.refused.idRegistered", String.valueOf(other.getId()));
    }

    /** What the register shows of a resident, by label; the ID number only as a fingerprint, never its value. */
    private static Map<String, Object> describe(Resident r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("history.field.resident.name", r.getName());
        fields.put(ID_NUMBER, r.getIdNumber() == null ? "" : Integer.toHexString(r.getIdNumber().value().hashCode()));
        fields.put("history.field.resident.gender", r.getGender() == null ? "" : new Refusal.Label("label.Gender." + r.getGender().name()));
        fields.put("history.field.resident.birthDate", r.getBirthDate() == null ? "" : r.getBirthDate().toString());
        fields.put("history.field.phone", r.getPhone() == null ? "" : r.getPhone());
        fields.put("history.field.resident.registeredOn", r.getRegisteredOn() == null ? "" : r.getRegisteredOn().toString());
        fields.put("history.field.resident.community", r.getCommunity().getName());
        fields.put("history.field.resident.address", r.getAddress() == null ? "" : r.getAddress());
        fields.put("history.field.resident.categories", r.getCategories().stream().map(Enum::name).sorted()
                .map(c -> new Refusal.Label("label.ResidentCategory." + c)).toList());
        return fields;
    }


    private Region community(String code) {
        return regions.findByCode(code)
                .filter(r -> r.getLevel() == RegionLevel.COMMUNITY)
                .orElseThrow(() -> new Refusal("resident.refused.noCommunity", code));
    }

    private void flush(Resident resident) {
        Changes.flush(residents::flush, KIND, resident.getId());
    }
}
