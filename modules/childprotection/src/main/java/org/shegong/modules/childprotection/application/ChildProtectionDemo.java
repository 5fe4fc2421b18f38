package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.casework.CaseSource;
import org.shegong.modules.childprotection.domain.model.casework.CaseStep;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.casework.NeedDomain;
import org.shegong.modules.childprotection.domain.model.casework.RiskLevel;
import org.shegong.modules.childprotection.domain.model.casework.Step;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;
import org.shegong.modules.childprotection.domain.model.child.ChildDetails;
import org.shegong.modules.childprotection.domain.model.child.ChildRepository;
import org.shegong.modules.childprotection.domain.model.child.Consent;
import org.shegong.modules.childprotection.domain.model.child.ConsentScope;
import org.shegong.modules.childprotection.domain.model.child.Guardian;
import org.shegong.modules.childprotection.domain.model.child.UnattendedReason;
import org.shegong.modules.childprotection.domain.model.referral.ChildReferral;
import org.shegong.modules.childprotection.domain.model.referral.PartnerKind;
import org.shegong.modules.childprotection.domain.model.referral.ReferralRepository;
import org.shegong.modules.childprotection.domain.model.session.ServiceSession;
import org.shegong.modules.childprotection.domain.model.session.SessionKind;
import org.shegong.modules.childprotection.domain.model.session.SessionRepository;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.module.DemoWorld;

/**
 * Demo records for a demo operator: about 15 children (residents under 18) across the categories, and
 * six cases in every stage at the first station with two social workers — one high-risk and overdue, one
 * plan awaiting the lead's approval — with home-tutoring sessions and one referral. Written through the
 * domain (the same rules), as the platform's provisioning actor, once per operator.
 */
@ApplicationScoped
public class ChildProtectionDemo {

    static final int CHILDREN = 15;

    @Inject
    ChildRepository children;

    @Inject
    CaseRepository cases;

    @Inject
    SessionRepository sessions;

    @Inject
    ReferralRepository referrals;

    public void seed(DemoWorld world) {
        LocalDate today = world.today();
        List<ResidentCard> minors = world.residents().stream()
                .filter(r -> r.birthDate() != null && r.birthDate().isAfter(today.minusYears(18)))
                .sorted(Comparator.comparingLong(ResidentCard::id)).limit(CHILDREN).toList();
        Set<String> streets = minors.stream().map(ResidentCard::streetCode).collect(Collectors.toSet());
        if (minors.isEmpty() || children.anyAt(streets)) {
            return;
        }
        ChildCategory[] categories = ChildCategory.values();
        int caseNo = 0;
        for (int i = 0; i < minors.size(); i++) {
            ResidentCard r = minors.get(i);
            List<StaffCard> workers = world.staff().stream()
                    .filter(s -> s.streetCode().equals(r.streetCode()) && s.id() != null && "SOCIAL_WORKER".equals(s.role()))
                    .sorted(Comparator.comparingLong(StaffCard::id)).toList();
            ChildCategory category = categories[i % categories.length];
            Child child = new Child(r.id(), r.name(), r.birthDate(), r.streetCode(), new ChildDetails(category,
                    category == ChildCategory.DE_FACTO_UNATTENDED ? UnattendedReason.IMPRISONED : null, true,
                    r.communityName() + "小学", (3 + i % 4) + "年级", null, null, null, null,
                    List.of(new Guardian("王桂兰", "祖母", "1380000" + String.format("%04d", 1000 + i), true,
                            category == ChildCategory.LEFT_BEHIND ? "父母外出务工" : null)), "赵敏"));
            child.livesIn(r.communityCode());
            child.consent(Consent.given("王桂兰", today.minusDays(40), EnumSet.of(ConsentScope.RECORDING, ConsentScope.SHARE_WITH_SCHOOL)));
            if (workers.isEmpty() || caseNo >= 6) {
                children.store(child);
                continue;
            }
            StaffCard worker = workers.get(caseNo % workers.size());
            child.assignTo(worker.id(), null);
            children.store(child);
            seedCase(child, worker, approver(world, worker), caseNo++, today);
        }
    }

    /**
     * Who approves the station's plans and closures in the demo: its lead, as people approve them live (a
     * login of the station's staff, so the pages name them); another colleague with a login if it has no lead.
     */
    static String approver(DemoWorld world, StaffCard worker) {
        List<StaffCard> colleagues = world.staff().stream()
                .filter(s -> s.streetCode().equals(worker.streetCode()) && s.username() != null && !s.username().isBlank()
                        && !s.username().equals(worker.username()))
                .sorted(Comparator.comparing((StaffCard s) -> !"STATION_LEAD".equals(s.role()))
                        .thenComparing(s -> s.id() == null ? Long.MAX_VALUE : s.id()))
                .toList();
        return colleagues.isEmpty() ? DeadlineWatch.SYSTEM : colleagues.get(0).username();
    }

    /** Case n: 0 intake high-risk overdue, 1 assessed, 2 plan awaiting approval, 3 in service, 4 closure requested, 5 closed. */
    private void seedCase(Child child, StaffCard worker, String lead, int n, LocalDate today) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant intake = today.minusDays(n == 0 ? 4 : 30 + n * 5).atTime(9, 30).atZone(zone).toInstant();
        String who = worker.username() == null || worker.username().isBlank() ? worker.name() : worker.username();
        ChildCase c = new ChildCase(child.getId(), child.getName(), child.getStreetCode(), worker.id(),
                n == 0 ? CaseSource.HOTLINE : CaseSource.values()[n % CaseSource.values().length],
                n == 0 ? RiskLevel.HIGH : RiskLevel.MEDIUM, n == 0 ? "邻居来电：孩子连续几天独自在家" : "入户走访发现", intake);
        cases.store(c);
        step(c, c.intakeStep(who));
        if (n >= 1) {
            step(c, c.assess(n == 3 ? RiskLevel.HIGH : RiskLevel.MEDIUM, "监护人年迈，照料不足", EnumSet.of(NeedDomain.GUARDIANSHIP,
                    NeedDomain.EDUCATION), who, intake.plus(Duration.ofDays(1))));
        }
        if (n >= 2) {
            step(c, c.submitPlan("学习成绩回到班级中游；建立稳定的照护安排", "每周送教上门一次；每月心理支持一次；链接学校课后辅导",
                    30, who, intake.plus(Duration.ofDays(5))));
        }
        if (n >= 3) {
            step(c, c.approvePlan(lead, intake.plus(Duration.ofDays(6))));
            for (int s = 0; s < 3; s++) {
                LocalDate day = today.minusDays(20 - s * 7L);
                ServiceSession session = new ServiceSession(c, SessionKind.HOME_TUTORING, day, 90, "数学：分数加减；语文：阅读理解",
                        "能独立完成练习", "下次复习错题", "李老师（志愿者）", who, today, LocalDate.ofInstant(intake, zone));
                sessions.store(session);
                step(c, c.sessionHeld(true, who, day.atTime(16, 0).atZone(zone).toInstant(), SessionKind.HOME_TUTORING.name()));
            }
            if (n == 3) {
                referrals.store(new ChildReferral(c, child.getConsent(), PartnerKind.SCHOOL, child.getSchool(), "需要学校安排课后辅导",
                        today.minusDays(10), 7));
            }
        }
        if (n >= 4) {
            step(c, c.review("成绩稳定，照护安排落实", who, intake.plus(Duration.ofDays(25))));
            step(c, c.requestClosure("服务目标达成", who, intake.plus(Duration.ofDays(28))));
        }
        if (n >= 5) {
            step(c, c.approveClosure(lead, intake.plus(Duration.ofDays(29))));
        }
        c.checkDeadlines(today.atTime(8, 0).atZone(zone).toInstant(), Duration.ofDays(1), DeadlineWatch.SYSTEM)
                .forEach(s -> cases.append(new CaseStep(c.getId(), s)));
        cases.store(c);
        Objects.requireNonNull(c.getId());
    }

    private void step(ChildCase c, Step step) {
        cases.append(new CaseStep(c.getId(), step));
    }
}
