package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.shegong.platform.api.module.StreetCounts;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.api.persistence.InstantConverter;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.contact.PhoneNumber;
import org.shegong.platform.domain.model.resident.Gender;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentCategoriesConverter;
import org.shegong.platform.domain.model.resident.ResidentCategory;
import org.shegong.platform.domain.model.resident.ResidentQuery;
import org.shegong.platform.domain.model.resident.ResidentRepository;
import org.shegong.platform.domain.model.resident.ResidentRow;
import org.shegong.platform.infrastructure.crypto.EncryptedIdNumberConverter;

@ApplicationScoped
public class JpaResidentRepository extends JpaTenantRepository<Resident> implements ResidentRepository {

    public JpaResidentRepository() {
        super(Resident.class);
    }

    @Override
    public List<Resident> pageInStreets(Set<String> streetCodes, int first, int max) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select r from Resident r where r.community.parent.code in :streets"
                        + " and r.removedAt is null order by r.name, r.id", Resident.class)
                .setParameter("streets", streetCodes).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countInStreets(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return 0;
        }
        return em().createQuery("select count(r) from Resident r where r.community.parent.code in :streets"
                        + " and r.removedAt is null", Long.class)
                .setParameter("streets", streetCodes).getSingleResult();
    }

    @Override
    public Map<String, Long> countPerStreetOn(Set<String> streetCodes, java.time.LocalDate day, Instant endOfDay) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(em().createQuery("select r.community.parent.code, count(r) from Resident r"
                        + " where r.community.parent.code in :streets and r.registeredOn <= :day"
                        + " and (r.removedAt is null or r.removedAt >= :end) group by r.community.parent.code", Object[].class)
                .setParameter("streets", streetCodes).setParameter("day", day).setParameter("end", endOfDay)
                .getResultList());
    }

    @Override
    public List<Resident> search(ResidentQuery query, int first, int max) {
        if (query.streetCodes().isEmpty()) {
            return List.of();
        }
        String order = " order by r." + (query.sortBy() == null ? "name" : query.sortBy())
                + (query.ascending() ? " asc" : " desc") + ", r.id";
        return bind(em().createQuery("select r from Resident r" + where(query) + order, Resident.class), query)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * The list's columns as a report query: the same EntityManager, so EclipseLink still adds the
     * tenant predicate, and the same converters (the ID number is decrypted, then masked), but no
     * entity is built, cloned or cached. The community is read as its key (the read-only {@code communityId}), not joined: a join to
     * region let MariaDB drive the page from region and sort the tenant's whole register (figure 3);
     * its name comes from {@link RegionNames} (regions are global and change only with the region tree).
     */
    private static final String ROW = "select r.id, r.version, r.name, r.idNumber, r.gender, r.birthDate, r.phone,"
            + " r.communityId, r.categories, r.updatedAt, r.updatedBy, r.removedAt, r.registeredOn from Resident r";

    @Override
    public List<ResidentRow> searchRows(ResidentQuery query, int first, int max) {
        if (query.streetCodes().isEmpty()) {
            return List.of();
        }
        String order = " order by r." + (query.sortBy() == null ? "name" : query.sortBy())
                + (query.ascending() ? " asc" : " desc") + ", r.id";
        // Prepared once per shape (PreparedReportQueries): EclipseLink would generate this SQL on every page.
        return rows(bind(PreparedReportQueries.page(em(), ROW + where(query) + order, first, max), query).getResultList());
    }

    @Override
    public List<ResidentRow> pageRows(int first, int max) {
        return rows(PreparedReportQueries.page(em(), ROW + " order by r.id", first, max).getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<ResidentRow> rows(List<?> results) {
        List<Object[]> tuples = (List<Object[]>) results;
        List<ResidentRow> rows = new ArrayList<>(tuples.size());
        for (Object[] t : tuples) {
            IdNumber idNumber = (IdNumber) t[3];
            String community = regionNames.of(((Number) t[7]).longValue());
            rows.add(new ResidentRow((Long) t[0], ((Number) t[1]).longValue(), (String) t[2],
                    idNumber == null ? null : idNumber.masked(), (Gender) t[4], (java.time.LocalDate) t[5], (String) t[6],
                    community, (Set<ResidentCategory>) t[8], (Instant) t[9], (String) t[10], (Instant) t[11],
                    (java.time.LocalDate) t[12]));
        }
        return rows;
    }

    @Override
    public long count(ResidentQuery query) {
        if (query.streetCodes().isEmpty()) {
            return 0;
        }
        return ((Number) bind(PreparedReportQueries.all(em(), "select count(r) from Resident r" + where(query)), query)
                .getSingleResult()).longValue();
    }

    /**
     * The stored phone as a whole number, {@link PhoneNumber#whole} in JPQL: each separator replaced by
     * nothing, so a number is found however it was written, and only whole.
     */
    private static final String WHOLE_PHONE = wholePhone();

    private static String wholePhone() {
        String expression = "r.phone";
        for (char separator : PhoneNumber.SEPARATORS.toCharArray()) {
            expression = "FUNCTION('REPLACE', " + expression + ", '" + separator + "', '')";
        }
        return expression;
    }

    /** Criteria become parameters, never text: the JPQL has a fixed shape per set of criteria. */
    private static String where(ResidentQuery q) {
        StringBuilder where = new StringBuilder(" where r.community.parent.code in :streets");
        where.append(q.removed() ? " and r.removedAt is not null" : " and r.removedAt is null");
        if (present(q.nameContains())) {
            where.append(" and r.name like :name");
        }
        if (present(q.idNumberIndex())) {
            where.append(" and r.idNumberIndex = :idIndex");
        }
        if (present(q.phone())) {
            where.append(" and ").append(WHOLE_PHONE).append(" = :phone");
        }
        if (present(q.communityCode())) {
            where.append(" and r.community.code = :community");
        }
        if (q.category() != null) {
            where.append(" and r.categories like :category");
        }
        return where.toString();
    }

    private static <Q extends jakarta.persistence.Query> Q bind(Q typed, ResidentQuery q) {
        typed.setParameter("streets", q.streetCodes());
        if (present(q.nameContains())) {
            typed.setParameter("name", "%" + escapeLike(q.nameContains().strip()) + "%");
        }
        if (present(q.idNumberIndex())) {
            typed.setParameter("idIndex", q.idNumberIndex());
        }
        if (present(q.phone())) {
            typed.setParameter("phone", PhoneNumber.whole(q.phone()));
        }
        if (present(q.communityCode())) {
            typed.setParameter("community", q.communityCode());
        }
        if (q.category() != null) {
            typed.setParameter("category", "%," + q.category().name() + ",%");
        }
        return typed;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "").replace("%", "").replace("_", "");
    }

    @Override
    public Optional<Resident> findByIdNumberIndex(String idNumberIndex) {
        return single(em().createQuery("select r from Resident r where r.idNumberIndex = :index", Resident.class)
                .setParameter("index", idNumberIndex).getResultList());
    }

    /** IN lists of at most this many indexes (64 characters each). */
    private static final int INDEXES_PER_QUERY = 1000;

    private static final List<String> COLUMNS = List.of("name", "gender", "birth_date", "id_number",
            "id_number_index", "phone", "community_id", "address", "categories", "imported_in", "imported_row",
            "registered_on");

    @Inject
    TenantContext tenantContext;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    @Inject
    RegionNames regionNames;

    @Override
    public List<Resident> findByIdNumberIndexes(Collection<String> idNumberIndexes) {
        List<String> all = List.copyOf(new LinkedHashSet<>(idNumberIndexes));
        List<Resident> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += INDEXES_PER_QUERY) {
            found.addAll(em().createQuery("select r from Resident r where r.idNumberIndex in :indexes", Resident.class)
                    .setParameter("indexes", all.subList(from, Math.min(all.size(), from + INDEXES_PER_QUERY)))
                    .getResultList());
        }
        return found;
    }

    /**
     * Multi-row INSERTs ({@link TenantBatchInsert}) with what EclipseLink would write for each
     * resident: the tenant of the request's EntityManager, version 1, the converters' forms of the ID
     * number (encrypted), categories and instants, who and when as {@code AuditListener} stamps them.
     */
    @Override
    public List<Long> storeNew(List<Resident> residents, IntConsumer written) {
        if (residents.isEmpty()) {
            return List.of();
        }
        EntityManager em = em();
        String tenant = TenantBatchInsert.tenantOf(em, tenantContext.current().orElse(null));
        // micro-seconds, as TIMESTAMP(6) keeps them, so the read-back below compares equal
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Timestamp now = new InstantConverter().convertToDatabaseColumn(at);
        String by = actor.name();
        var idNumbers = new EncryptedIdNumberConverter();
        var categories = new ResidentCategoriesConverter();
        List<Object[]> rows = new ArrayList<>(residents.size());
        for (Resident r : residents) {
            if (r.getId() != null) {
                throw new IllegalArgumentException("only new residents are stored as new");
            }
            rows.add(new Object[] {r.getName(), r.getGender() == null ? null : r.getGender().name(),
                // as text (ISO, what MariaDB reads as a DATE): the driver formats a java.sql.Date with a new SimpleDateFormat each
                r.getBirthDate() == null ? null : r.getBirthDate().toString(),
                idNumbers.convertToDatabaseColumn(r.getIdNumber()), r.getIdNumberIndex(), r.getPhone(),
                r.getCommunity().getId(), r.getAddress(), categories.convertToDatabaseColumn(r.getCategories()),
                r.getImportedIn(), r.getImportedRow(),
                // ISO text like the birth date; never null (the resident's rule)
                r.getRegisteredOn().toString()});
        }
        try {
            return TenantBatchInsert.insert(TenantBatchInsert.connectionOf(em), "resident",
                    TenantBatchInsert.same(tenant, now, by), COLUMNS, rows, written,
                    // read back through the tenant's EntityManager: EclipseLink adds the tenant, as everywhere
                    (ranges, n) -> {
                        StringBuilder jpql = new StringBuilder("select count(r) from Resident r where r.createdAt = :at"
                                + " and r.createdBy = :by and (");
                        for (int i = 0; i < ranges.size(); i++) {
                            jpql.append(i == 0 ? "" : " or ").append("r.id between :first").append(i).append(" and :last").append(i);
                        }
                        var count = em.createQuery(jpql.append(')').toString(), Long.class).setParameter("at", at)
                                .setParameter("by", by);
                        for (int i = 0; i < ranges.size(); i++) {
                            count.setParameter("first" + i, ranges.get(i)[0]).setParameter("last" + i, ranges.get(i)[1]);
                        }
                        return count.getSingleResult() == n;
                    });
        } catch (SQLException e) {
            throw new PersistenceException("could not write the new residents", e);
        }
    }
}
