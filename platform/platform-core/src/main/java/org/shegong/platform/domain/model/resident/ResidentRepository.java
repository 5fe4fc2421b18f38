package org.shegong.platform.domain.model.resident;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/** The current tenant's residents. */
public interface ResidentRepository {

    Optional<Resident> find(long id);

    Optional<Resident> findByIdNumberIndex(String idNumberIndex);

    /** The residents (removed ones too) with any of these ID number indexes: a few queries for a whole file. */
    List<Resident> findByIdNumberIndexes(java.util.Collection<String> idNumberIndexes);

    List<Resident> page(int first, int max);

    /** Residents living in the communities of the given streets, by name. */
    List<Resident> pageInStreets(Set<String> streetCodes, int first, int max);

    long countInStreets(Set<String> streetCodes);

    /**
     * Residents on the register at the end of {@code day} per street code: registered (建档日期) on or
     * before it, and not removed before {@code endOfDay}, the instant that day ends in Asia/Shanghai.
     */
    java.util.Map<String, Long> countPerStreetOn(Set<String> streetCodes, java.time.LocalDate day, java.time.Instant endOfDay);

    List<Resident> search(ResidentQuery query, int first, int max);

    long count(ResidentQuery query);

    /** As {@link #search}, as list rows (values, not managed entities): what a list page shows. */
    List<ResidentRow> searchRows(ResidentQuery query, int first, int max);

    /** The first residents by id as list rows: {@link #page} without managed entities. */
    List<ResidentRow> pageRows(int first, int max);

    long count();

    void store(Resident resident);

    /**
     * Writes new residents (an import's) in a few statements, in the caller's transaction, for the
     * current tenant, stamped as created now by the current actor; returns their ids in order. The
     * objects themselves stay new (not managed): read a resident again to change it. {@code written}
     * hears how many are written so far after each statement.
     */
    List<Long> storeNew(List<Resident> residents, IntConsumer written);

    void remove(Resident resident);

    /** Writes pending changes now, so conflicts surface inside the service. */
    void flush();
}
