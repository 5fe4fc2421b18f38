package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.modules.clubs.domain.model.activity.ClubActivityKind;
import org.shegong.modules.clubs.domain.model.charter.Charter;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubFilter;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.ClubStage;
import org.shegong.modules.clubs.domain.model.club.Community;
import org.shegong.modules.clubs.domain.model.club.Milestone;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.module.DemoWorld;

/**
 * The clubs' demo records for a demo operator, per station: its first community has ten
 * organisations (at the 191号 target), its third two small dance teams merged into one troupe; the
 * operator's first station's second community has every kind at every stage (below target); the
 * merge is dated 1 October of last year, and a few clubs (the merged team and the troupe among them)
 * held monthly activities over the past months. Clubs are founded over the last three years and their
 * steps dated between the founding and today, so the dashboards compare years as a real station's would. Written through the module's own services
 * (the demo actor is the operator's admin and station lead), once per operator.
 */
@ApplicationScoped
public class ClubsDemo {

    /**
     * Demo clubs' names by the kind a station would file them under (a 太极队 is 文体活动, a 调解队 社区事务):
     * the demo once dealt kinds round-robin, and a 太极队 came out 公益慈善 — wrong to anyone in the field.
     */
    private static final Map<ClubKind, List<String>> NAMES = Map.of(
            ClubKind.CULTURE_SPORTS, List.of("太极", "合唱", "书画", "读书", "健步走", "象棋", "京剧", "摄影", "舞蹈", "乒乓球", "八段锦", "秧歌"),
            ClubKind.CHARITY, List.of("志愿服务", "助老", "义剪", "爱心捐赠", "助残", "关爱儿童"),
            ClubKind.LIFE_SERVICE, List.of("邻里互助", "便民维修", "亲子", "编织", "手工", "家政互助"),
            ClubKind.COMMUNITY_AFFAIRS, List.of("调解", "环保", "楼道议事", "安全巡逻", "垃圾分类督导", "物业协商"));

    /** A station's first community's ten clubs: every kind among them, most of them 文体活动 as in Yingze. */
    private static final List<ClubKind> FIRST_TEN = List.of(ClubKind.CULTURE_SPORTS, ClubKind.CULTURE_SPORTS, ClubKind.CULTURE_SPORTS,
            ClubKind.CHARITY, ClubKind.CHARITY, ClubKind.COMMUNITY_AFFAIRS, ClubKind.LIFE_SERVICE, ClubKind.COMMUNITY_AFFAIRS,
            ClubKind.CULTURE_SPORTS, ClubKind.LIFE_SERVICE);

    static final String CHARTER = "第一条 本社团名称为{name}。\n第二条 本社团在社区党组织领导下开展活动。\n"
            + "第三条 成员自愿加入、自愿退出。\n第四条 每月至少组织一次活动。\n第五条 活动经费公开。";

    @Inject
    ClubRegister register;

    @Inject
    IncubationPath path;

    @Inject
    CharterBook charters;

    @Inject
    ClubMerging merging;

    @Inject
    MyClubs my;

    @Inject
    ClubActivities activities;

    public void seed(DemoWorld world) {
        List<Community> communities = my.communities(false);
        Set<String> streets = communities.stream().map(Community::streetCode).collect(Collectors.toSet());
        if (streets.isEmpty() || register.count(new ClubFilter(streets, null, null, null, null)) > 0) {
            return;
        }
        LocalDate today = world.today();
        Map<String, List<ResidentCard>> byCommunity = world.residents().stream()
                .collect(Collectors.groupingBy(ResidentCard::communityCode));
        Map<String, List<Community>> byStreet = communities.stream()
                .collect(Collectors.groupingBy(Community::streetCode, java.util.TreeMap::new, Collectors.toList()));
        int n = 0;
        boolean first = true;
        for (List<Community> station : byStreet.values()) {
            if (station.size() > 0) {
                Community c = station.get(0);
                Map<ClubKind, Integer> used = new java.util.EnumMap<>(ClubKind.class);
                for (int i = 0; i < FIRST_TEN.size(); i++) {
                    ClubKind kind = FIRST_TEN.get(i);
                    int k = used.merge(kind, 1, Integer::sum) - 1;
                    String name = NAMES.get(kind).get(k) + "队";
                    Club club = club(c, name, kind, today.minusYears(3).plusDays(spread(name, 300)), byCommunity);
                    walk(club, i % 3 == 0 ? ClubStage.REGISTERED : ClubStage.FILED, today, n++);
                    if (i < 3) {
                        hold(club, today.minusMonths(6 + i * 2L), today, today);
                    }
                }
            }
            // Every kind at every stage once per operator (its first station), to keep start-up short.
            if (station.size() > 1 && first) {
                Community c = station.get(1);
                ClubStage[] stages = {ClubStage.INTEREST_GROUP, ClubStage.INCUBATING, ClubStage.FILED, ClubStage.REGISTERED,
                        ClubStage.DORMANT, ClubStage.DISSOLVED};
                for (ClubKind kind : ClubKind.values()) {
                    for (int s = 0; s < stages.length; s++) {
                        List<String> names = NAMES.get(kind);
                        String name = c.name().replace("社区", "").replace("村", "") + names.get(s % names.size()) + "组";
                        Club club = club(c, name, kind, today.minusYears(2).plusDays(spread(name, 540)), byCommunity);
                        walk(club, stages[s], today, n++);
                    }
                }
            }
            if (station.size() > 2) {
                Community c = station.get(2);
                Club east = club(c, "东区广场舞队", ClubKind.CULTURE_SPORTS, today.minusYears(2), byCommunity);
                Club west = club(c, "西区广场舞队", ClubKind.CULTURE_SPORTS, today.minusYears(2), byCommunity);
                charters.approve(east.getId(), charters.propose(east.getId(), CHARTER.replace("{name}", east.getName())).getId());
                // merged last year (1 October), so the troupe's page shows a year of its own activity since
                LocalDate mergedOn = LocalDate.of(today.getYear() - 1, 10, 1);
                hold(east, mergedOn.minusMonths(4), mergedOn.minusDays(10), today);
                Club troupe = merging.merge(new ClubMerging.MergeRequest(null, new ClubDetails(c.name() + "艺术团",
                        ClubKind.CULTURE_SPORTS, c.code(), mergedOn, null, null, "区文化馆舞蹈老师", "社区广场",
                        "每周二、四 19:00"), List.of(east.getId(), west.getId()), Map.of(), mergedOn));
                walk(troupe, ClubStage.INCUBATING, today, n++);
                hold(troupe, mergedOn, today, today);
            }
            first = false;
        }
    }

    /**
     * The club's activities from {@code from} to {@code to}, about one a month (a performance every
     * fourth), held with some of its members attending, and one planned for next week when
     * {@code to} is today: platform activities with the club as organiser, so the chart has months.
     */
    private void hold(Club club, LocalDate from, LocalDate to, LocalDate today) {
        List<Long> members = register.open(club.getId()).members().stream().filter(m -> m.isActive())
                .map(m -> m.getResidentId()).toList();
        int k = 0;
        for (LocalDate day = from.plusDays(9); !day.isAfter(to); day = day.plusMonths(1).plusDays(k % 2 == 0 ? 3 : -2), k++) {
            if (day.isAfter(today) || k % 5 == 4) {
                continue; // a month without: the chart shows gaps as they are
            }
            ClubActivityKind kind = k % 4 == 3 ? ClubActivityKind.PERFORMANCE : ClubActivityKind.ACTIVITY;
            var planned = activities.plan(club.getId(), kind, club.getName() + (kind == ClubActivityKind.PERFORMANCE ? "汇报演出" : "月度活动"), day);
            List<Long> came = members.subList(0, Math.max(0, members.size() - k % 2));
            if (!came.isEmpty()) {
                activities.attend(club.getId(), planned.id(), came);
            }
            activities.done(club.getId(), planned.id());
        }
        if (!to.isBefore(today) && club.getStage() != ClubStage.MERGED) {
            activities.plan(club.getId(), ClubActivityKind.ACTIVITY, club.getName() + "下周活动", today.plusDays(7));
        }
    }

    private Club club(Community c, String name, ClubKind kind, LocalDate founded, Map<String, List<ResidentCard>> residents) {
        List<ResidentCard> here = residents.getOrDefault(c.code(), List.of());
        // a club is led by a grown-up: the community's residents include children
        List<ResidentCard> grownUps = here.stream()
                .filter(r -> r.birthDate() != null && !r.birthDate().plusYears(18).isAfter(founded)).toList();
        Long leader = grownUps.isEmpty() ? null : grownUps.get(Math.abs(name.hashCode()) % grownUps.size()).id();
        Club club = register.register(new ClubDetails(name, kind, c.code(), founded, leader, null,
                kind == ClubKind.CULTURE_SPORTS ? "社区文化指导员" : null, c.name() + "活动室", "每周三 9:00"));
        for (int k = 0; k < Math.min(here.size(), 2 + Math.abs(name.hashCode()) % 3); k++) {
            long member = here.get((Math.abs(name.hashCode()) + k) % here.size()).id();
            if (!Long.valueOf(member).equals(leader)) { // the leader is a member since the founding
                register.join(club.getId(), member, founded.plusDays(k));
            }
        }
        return club;
    }

    /** A club's own offset of 0 to {@code days} − 1 days, the same at every start-up (founding days spread over the years). */
    private static long spread(String name, int days) {
        return Math.floorMod(name.hashCode(), days);
    }

    /**
     * Takes the club along the path to {@code stage}, with the evidence each step needs, each step dated
     * as a station would have recorded it: spread between the founding and today (the plan's first weeks,
     * filing about half-way, registration later), never all on the day the demo starts — the dashboards'
     * year-on-year for clubs once read 233 steps this year against 10 the last.
     */
    private void walk(Club club, ClubStage stage, LocalDate today, int n) {
        long id = club.getId();
        if (stage == ClubStage.INTEREST_GROUP) {
            return;
        }
        LocalDate founded = club.getFoundedOn();
        long days = java.time.temporal.ChronoUnit.DAYS.between(founded, today);
        java.util.function.DoubleFunction<LocalDate> at = f -> founded.plusDays((long) (days * f));
        if (stage == ClubStage.DISSOLVED) {
            path.step(id, null, new IncubationPath.StepRequest(ClubStage.DISSOLVED, null, null, at.apply(0.55), "成员减少，停止活动"));
            return;
        }
        Milestone rules = path.plan(id, "制定内部规章");
        if (stage == ClubStage.INCUBATING) {
            path.plan(id, "连续 6 个月定期活动");
        }
        path.step(id, null, new IncubationPath.StepRequest(ClubStage.INCUBATING, null, null, at.apply(0.15), null));
        if (stage == ClubStage.INCUBATING) {
            return;
        }
        if (stage == ClubStage.DORMANT) {
            path.step(id, null, new IncubationPath.StepRequest(ClubStage.DORMANT, null, null, at.apply(0.6), "负责人外出，暂停活动"));
            return;
        }
        LocalDate filed = at.apply(0.5);
        path.done(id, rules.getId(), filed.minusDays(20));
        Charter charter = charters.propose(id, CHARTER.replace("{name}", club.getName()));
        charters.approve(id, charter.getId());
        path.step(id, null, new IncubationPath.StepRequest(ClubStage.FILED, "迎泽备〔" + filed.getYear() + "〕"
                + String.format("%03d", n + 1), null, filed, null));
        if (stage == ClubStage.REGISTERED) {
            path.step(id, null, new IncubationPath.StepRequest(ClubStage.REGISTERED, null,
                    DemoCreditCodes.of(club.getStreetCode(), n), at.apply(0.85), null));
        }
    }
}
