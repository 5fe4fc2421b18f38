package org.shegong.platform.application.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.projects.ItemDetails;
import org.shegong.platform.application.projects.ProjectDetails;
import org.shegong.platform.application.projects.ProjectRegistry;
import org.shegong.platform.application.projects.ProjectSearch;
import org.shegong.platform.domain.model.activity.ActivityStatus;
import org.shegong.platform.domain.model.project.ChecklistItem;
import org.shegong.platform.domain.model.project.Project;
import org.shegong.platform.domain.model.project.ProjectStatus;
import org.shegong.platform.application.residents.ResidentDetails;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.provisioning.OperatorDescriptor.ContractSpec;
import org.shegong.platform.application.provisioning.RegionTreeDescriptor.RegionSpec;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.resident.Gender;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/**
 * Invented residents and activities for a demo tenant, so every station has something to show.
 * Every name is made up from common characters; ID numbers are well-formed but invented. The data
 * is a pure function of the operator and station, and is written only into a tenant with no
 * residents yet, so applying the descriptors again adds nothing.
 */
@ApplicationScoped
public class DemoData {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文";
    private static final String[] GIVEN_MALE = {"建国", "志强", "国华", "海涛", "文斌", "春生", "德明", "永福", "晓东", "子轩", "浩然", "宇航", "俊杰", "天佑", "明远"};
    private static final String[] GIVEN_FEMALE = {"秀英", "桂兰", "玉珍", "淑芬", "丽华", "春梅", "凤英", "晓燕", "雨萱", "欣怡", "梓涵", "思琪", "佳怡", "若曦", "婉清"};
    private static final String[][] ACTIVITIES = {
            {"GROUP_ACTIVITY", "长者生日会"}, {"GROUP_ACTIVITY", "四点半课堂"}, {"POLICY_PUBLICITY", "防诈骗宣传进社区"},
            {"POLICY_PUBLICITY", "养老服务政策宣讲"}, {"HOME_VERIFICATION", "困难家庭入户核查"},
            {"HARDSHIP_ASSISTANCE", "困难群众帮扶慰问"}, {"CADRE_TRAINING", "社区干部社会工作培训"},
            {"VOLUNTEER_SERVICE", "大学生志愿者助老服务"}, {"GROUP_ACTIVITY", "社区广场舞展演"},
            {"VOLUNTEER_SERVICE", "义诊进社区"}};

    @Inject
    ResidentRegistry residents;

    @Inject
    ActivityRegistry activities;

    @Inject
    ProjectRegistry projects;

    @Inject
    Clock clock;

    void seedIfEmpty(OperatorDescriptor operator, RegionTreeDescriptor tree) {
        if (operator.demo().residentsPerStation() == 0 && operator.demo().activitiesPerStation() == 0) {
            return;
        }
        if (residents.count() > 0 || activities.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> idNumbers = new HashSet<>();
        for (ContractSpec contract : operator.contracts()) {
            Random random = new Random((operator.code().value() + "/" + contract.street()).hashCode());
            List<RegionSpec> communities = tree.communitiesOf(contract.street());
            // the registration dates from a generator of their own, so the rest of the demo stays as it was
            Random registered = new Random((operator.code().value() + "/" + contract.street() + "/建档").hashCode());
            LocalDate since = contract.startsOn().isAfter(today) ? today : contract.startsOn();
            List<Resident> seeded = new ArrayList<>();
            for (int i = 0; i < operator.demo().residentsPerStation(); i++) {
                seeded.add(residents.register(resident(random, communities.get(i % communities.size()), today, idNumbers,
                        registeredOn(registered, since, today))));
            }
            for (int i = 0; i < operator.demo().activitiesPerStation(); i++) {
                String[] kind = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
                LocalDate heldOn = today.minusDays(random.nextInt(330) - 20L);
                Activity activity = activities.plan(kind[1], ActivityType.valueOf(kind[0]), heldOn, contract.street(), null);
                for (int p = 0; p < 3 && !seeded.isEmpty(); p++) {
                    activities.addParticipant(activity.getId(), seeded.get(random.nextInt(seeded.size())).getId());
                }
                activity.setHeadcount(activity.getParticipants().size() + random.nextInt(40));
                if (!heldOn.isAfter(today)) {
                    activities.markDone(activity.getId());
                }
            }
        }
    }

    /**
     * One demo project (清单化管理) at the station of the operator's first contract (for 希望, the
     * 老军营 station), written only while that station has no project at all, so applying the
     * descriptors again adds nothing. Its items link the station's demo activities of the same kind,
     * so the checklist shows real completion from the start.
     */
    void seedProjectIfNone(OperatorDescriptor operator) {
        if (operator.demo().activitiesPerStation() == 0 || operator.contracts().isEmpty()) {
            return;
        }
        String street = operator.contracts().get(0).street();
        Set<String> streets = Set.of(street);
        if (projects.count(ProjectSearch.all(streets)) > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Project project = projects.start(new ProjectDetails("银发守护·防诈骗进社区",  street,
                "入户调研：辖区独居和空巢老人多，多数不了解常见骗局；曾有老人被冒充“养生专家”骗走积蓄。"
                        + "老人希望有人常来看看，子女希望社区帮忙提醒。",
                "一、每月一次防诈骗宣传进社区；二、社工和大学生志愿者入户走访独居老人；"
                        + "三、排演情景剧《不上你的当》并在社区演出；四、联系社区卫生服务站上门体检。",
                today.minusMonths(6).withDayOfMonth(1), today.plusMonths(6)), streets);
        project = projects.changeStatus(project.getId(), project.getVersion(), ProjectStatus.ACTIVE, streets);
        List<Activity> atStation = activities.pageInStreets(streets, 0, 500);
        String[][] items = {{"防诈骗宣传进社区", "6", "防诈骗宣传进社区"}, {"入户走访独居老人", "10", "困难家庭入户核查"},
                {"排演情景剧《不上你的当》", "2", null}};
        for (String[] spec : items) {
            ChecklistItem item = projects.addItem(project.getId(),
                    new ItemDetails(spec[0], Integer.valueOf(spec[1]), null, null, null), streets);
            if (spec[2] != null) {
                atStation.stream()
                        .filter(a -> a.getTitle().equals(spec[2]) && a.getStatus() != ActivityStatus.CANCELLED)
                        .limit(Integer.parseInt(spec[1]))
                        .forEach(a -> projects.link(item.getId(), a.getId(), streets));
            }
        }
    }

    /**
     * A registration date (建档日期) between the contract's start and today, evenly spread: the station's
     * ledger grew over the contract years, so the dashboards' 在册服务对象 rises month by month.
     */
    static LocalDate registeredOn(Random random, LocalDate since, LocalDate today) {
        LocalDate from = since.isBefore(Resident.EARLIEST_REGISTRATION) ? Resident.EARLIEST_REGISTRATION : since;
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, today);
        return days <= 0 ? today : from.plusDays(random.nextLong(days + 1));
    }

    private static ResidentDetails resident(Random random, RegionSpec community, LocalDate today, Set<String> taken,
                                            LocalDate registeredOn) {
        int kind = random.nextInt(10);
        int age = kind < 6 ? 60 + random.nextInt(30) : kind < 8 ? 6 + random.nextInt(10) : 25 + random.nextInt(30);
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        String idNumber;
        do {
            int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = community.code().substring(0, 6) + birth.toString().replace("-", "")
                    + String.format("%03d", sequence);
            idNumber = first17 + IdNumber.checkCharFor(first17);
        } while (!taken.add(idNumber));
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + (gender == Gender.MALE ? GIVEN_MALE : GIVEN_FEMALE)[random.nextInt(GIVEN_MALE.length)];
        Set<ResidentCategory> categories = EnumSet.noneOf(ResidentCategory.class);
        if (age >= 60) {
            categories.add(ResidentCategory.ELDER);
        }
        if (age < 18) {
            categories.add(ResidentCategory.CHILD);
        }
        if (random.nextInt(5) == 0) {
            categories.add(ResidentCategory.DIBAO);
        }
        if (random.nextInt(12) == 0) {
            categories.add(ResidentCategory.TEKUN);
        }
        if (random.nextInt(10) == 0) {
            categories.add(ResidentCategory.DISABLED);
        }
        String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
        return new ResidentDetails(name, idNumber, gender, birth, phone, community.code(),
                community.name() + random.nextInt(1, 30) + "号楼" + random.nextInt(1, 7) + "单元", categories, registeredOn);
    }
}
