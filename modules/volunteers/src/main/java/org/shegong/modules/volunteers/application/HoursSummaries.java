package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.shegong.modules.volunteers.domain.model.certificate.HoursSummaryRepository;
import org.shegong.modules.volunteers.domain.model.certificate.HoursSummary;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.modules.volunteers.infrastructure.documents.CertificatePaper;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.OperatorNames;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;

/**
 * The cross-operator summary of a volunteer's certified hours (志愿服务时长汇总), issued only when the
 * volunteer asks on their own portal: each operator the person serves, by name, with the hours it
 * confirmed (as each wrote them into the person's one identity), and the total. Nothing else of any
 * operator is on it. The request (on the volunteer's record), the issue and every download are in
 * the audit trail; a summary is the volunteer's own — anyone else's id is "not found".
 */
@ApplicationScoped
@Transactional
public class HoursSummaries {

    static final String KIND = "volunteers.hours-summary";

    public static final AuditAction REQUESTED = AuditAction.ofChange("volunteers.hours-summary.requested",
            "audit.volunteers.hours-summary.requested");
    public static final AuditAction DOWNLOADED = AuditAction.ofRead("volunteers.hours-summary.downloaded",
            "audit.volunteers.hours-summary.downloaded");

    @Inject
    MyVolunteering mine;

    @Inject
    OneIdentity identity;

    @Inject
    OperatorNames operatorNames;

    @Inject
    HoursSummaryRepository papers;

    @Inject
    CertificatePaper paper;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Issues my summary now, from every operator's confirmed minutes of me. */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    public HoursSummary request() {
        Volunteer me = mine.me();
        audit.record(VolunteerRegistry.KIND, me.getId(), REQUESTED, Said.of("volunteers.history.summaryRequested"));
        List<HoursSummary.Line> lines = identity.minutesByOperator(me.getIdNumberIndex()).entrySet().stream()
                .map(e -> new HoursSummary.Line(operatorNames.nameOf(e.getKey()), e.getValue())).toList();
        if (lines.stream().allMatch(l -> l.minutes() == 0)) {
            throw new Refusal("volunteers.refused.noHoursToSum");
        }
        HoursSummary summary = new HoursSummary(me, lines, clock.instant());
        papers.addSummary(summary);
        audit.record(KIND, summary.getId(), AuditAction.CREATED, Said.all(lines.stream()
                .map(l -> Said.of("volunteers.history.summaryLine", l.operator(), l.hours())).toList())
                + Said.of("volunteers.history.summaryTotal", summary.totalHours()));
        return summary;
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HoursSummary> mine() {
        return papers.summariesOf(mine.me().getId());
    }

    /** My summary as a PDF; another person's (or an unknown) id is "not found". */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    public Certificates.Paper download(long id) {
        Volunteer me = mine.me();
        HoursSummary s = papers.findSummary(id).filter(x -> x.getVolunteerId() == me.getId())
                .orElseThrow(() -> new RecordNotFoundException("时长汇总 hours summary", id));
        audit.record(KIND, s.getId(), DOWNLOADED, Said.of("volunteers.history.summaryDownloaded"));
        return new Certificates.Paper("hours-summary-" + s.getId() + ".pdf", paper.writeSummary(s));
    }
}
