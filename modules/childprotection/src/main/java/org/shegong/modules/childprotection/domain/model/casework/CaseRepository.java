package org.shegong.modules.childprotection.domain.model.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.access.RecordRule;

/**
 * Cases and their history. Every list takes the need-to-know condition ({@link RecordRule.Clause} on the
 * alias {@code k}) so it is part of the query, never a filter afterwards; the counters for metrics and the
 * operator's counts return numbers per street only.
 */
public interface CaseRepository {

    String ALIAS = "k";

    void store(ChildCase c);

    Optional<ChildCase> find(long id);

    List<ChildCase> ofChild(long childId);

    List<ChildCase> visible(RecordRule.Clause visible, CaseFilter filter, int first, int max);

    long countVisible(RecordRule.Clause visible, CaseFilter filter);

    /** Open cases at these streets, for "served by whom" (the caller shows only masked names and workers). */
    List<ChildCase> openAt(Set<String> streetCodes);

    /** Every open case of the tenant: the daily deadline check. */
    List<ChildCase> allOpen();

    /** Hands the case's sessions and referrals to its new workers (the case and child are changed by the caller). */
    void reassignRecordsOf(long caseId, Long workerId, Long secondWorkerId);

    void append(CaseStep step);

    List<CaseStep> history(long caseId);

    void grant(CaseGrant grant);

    boolean isGranted(long caseId, String username);

    Map<String, Long> countOpenedPerStreet(Set<String> streetCodes, Instant from, Instant to);

    Map<String, Long> countClosedPerStreet(Set<String> streetCodes, Instant from, Instant to);

    Map<String, Long> countHighRiskOpenPerStreet(Set<String> streetCodes, Instant at);

    Map<String, Long> countPlansApprovedPerStreet(Set<String> streetCodes, Instant from, Instant to, boolean onTimeOnly);

    Map<String, Long> countOpenPerStreet(Set<String> streetCodes);

    /** Open cases the daily check marked overdue, per street: a count, nobody's case. */
    Map<String, Long> countOverduePerStreet(Set<String> streetCodes);
}
