package org.shegong.modules.volunteers.domain.model.certificate;

import java.util.List;
import java.util.Optional;

/** The volunteers' cross-operator summaries of hours, kept by the operator where each was asked for. */
public interface HoursSummaryRepository {

    /** Inserts a summary (its id given at once). */
    void addSummary(HoursSummary summary);

    Optional<HoursSummary> findSummary(long id);

    /** The volunteer's latest summaries, newest first. */
    List<HoursSummary> summariesOf(long volunteerId);
}
