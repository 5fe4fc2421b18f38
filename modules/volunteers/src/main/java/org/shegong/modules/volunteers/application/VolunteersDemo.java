package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceRepository;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.ShiftRepository;
import org.shegong.modules.volunteers.domain.model.shift.SignUp;
import org.shegong.modules.volunteers.domain.model.shift.SignUpStatus;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Gender;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerRepository;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.module.DemoWorld;
import org.shegong.platform.api.records.IdNumbers;

/**
 * Demo volunteers, deterministic, once per operator. 希望's first station (老军营) gets the seed's
 * 1,800 volunteers registered over three years, a monthly shift with confirmed hours and their
 * time-bank credits; every other demo station a few dozen. Each station also has shifts in the coming
 * weeks, a few places already taken, so a volunteer signing in to the demo has something to sign up for. A handful of people — volunteer.demo
 * first — serve both 希望 and 汇德: the same ID numbers are registered at both, one identity.
 *
 * <p>Written in batches straight to the repositories (the registry's one-by-one path with its
 * audit lines and global-record lookups would take minutes at start-up); the rules are the same
 * entities' rules.
 */
@ApplicationScoped
public class VolunteersDemo {

    static final int BIG_STATION = 1_800;
    static final int SMALL_STATION = 30;
    static final int SHARED_PEOPLE = 5;
    static final String DEMO_LOGIN = "volunteer.demo";
    private static final String LAOJUNYING = "140106005000";
    private static final String WENMIAO = "140106003000";
    private static final int BATCH = 300;
    private static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉晨阳欣怡佳琪浩然子涵宇轩";
    private static final String[] AFFILIATIONS = {"山西大学", "太原理工大学", "山西医科大学", "太原师范学院", "中北大学"};
    private static final String[] ENTERPRISES = {"晋商银行迎泽支行", "太原供电公司", "山西移动", "迎泽区爱心企业联合会"};
    /** The coming weeks' shifts at every station: role and skills wanted. */
    private static final String[][] UPCOMING = {{"助老探访", "助老、陪伴"}, {"社区义诊志愿服务", "急救"},
        {"周末课业辅导", "课业辅导"}};
    private static final String[] SKILLS = {"助老", "陪伴", "课业辅导", "摄影", "急救", "法律咨询", "文艺", "宣传"};

    @Inject
    VolunteerRepository volunteers;

    @Inject
    ShiftRepository shifts;

    @Inject
    AttendanceRepository attendance;

    @Inject
    TimeBank timeBank;

    @Inject
    OneIdentity identity;

    @Inject
    IdNumbers idNumbers;

    public void seed(DemoWorld world) {
        Set<String> streets = world.staff().stream().map(StaffCard::streetCode).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        if (streets.isEmpty() || volunteers.countAll() > 0) {
            return;
        }
        LocalDate today = world.today();
        int number = 1;
        for (String street : streets) {
            int count = street.equals(LAOJUNYING) ? BIG_STATION : SMALL_STATION;
            boolean shares = street.equals(LAOJUNYING) || street.equals(WENMIAO);
            number = seedStation(street, count, shares, number, today);
        }
    }

    private int seedStation(String street, int count, boolean sharesPeople, int firstNumber, LocalDate today) {
        Random random = new Random(street.hashCode());
        List<Volunteer> registered = new ArrayList<>();
        List<Volunteer> batch = new ArrayList<>();
        Map<Long, String> sharedIndexes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            boolean shared = sharesPeople && i < SHARED_PEOPLE;
            String id = shared ? sharedIdNumber(i) : idNumber(street, i);
            LocalDate on = shared ? today.minusDays(400 + i) : today.minusDays((long) (i * 1095L / count));
            Volunteer v = new Volunteer(Volunteer.numberOf(firstNumber + i), street, idNumbers.encrypt(id),
                    idNumbers.blindIndex(id), idNumbers.masked(id), on);
            AffiliationKind kind = AffiliationKind.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(5)];
            v.describe(shared && i == 0 ? "张悦" : name(random), random.nextBoolean() ? Gender.FEMALE : Gender.MALE,
                    "13" + (100000000 + random.nextInt(899999999)), kind, affiliationName(kind, random),
                    new TreeSet<>(List.of(SKILLS[random.nextInt(SKILLS.length)], SKILLS[random.nextInt(SKILLS.length)])), "周末", null);
            if (shared && i == 0 && street.equals(LAOJUNYING)) {
                v.linkLogin(DEMO_LOGIN);
            }
            batch.add(v);
            if (batch.size() == BATCH) {
                volunteers.storeAll(batch);
                registered.addAll(batch);
                batch = new ArrayList<>();
            }
        }
        volunteers.storeAll(batch);
        registered.addAll(batch);
        for (int i = 0; sharesPeople && i < SHARED_PEOPLE && i < registered.size(); i++) {
            sharedIndexes.put(registered.get(i).getId(), registered.get(i).getIdNumberIndex());
        }
        seedHours(street, registered, sharedIndexes, today, random);
        seedUpcoming(street, registered, sharedIndexes.keySet(), today, random);
        return firstNumber + count;
    }

    /** A shift a month for three years, a group of volunteers at each, hours confirmed and credited. */
    private void seedHours(String street, List<Volunteer> people, Map<Long, String> shared, LocalDate today, Random random) {
        Map<Long, Long> minutesOf = new HashMap<>();
        for (int month = 36; month >= 1; month--) {
            Instant start = today.minusMonths(month).withDayOfMonth(10).atTime(9, 0).atZone(STATIONS).toInstant();
            Shift shift = new Shift(month % 2 == 0 ? "助老探访" : "社区义诊志愿服务", null, street, null, 40, start,
                    start.plus(Duration.ofHours(3)), Duration.ofMinutes(15));
            shifts.store(shift);
            List<Attendance> batch = new ArrayList<>();
            Set<Long> chosen = new TreeSet<>();
            shared.keySet().forEach(chosen::add);
            while (chosen.size() < Math.min(people.size(), 20)) {
                chosen.add(people.get(random.nextInt(people.size())).getId());
            }
            for (long volunteerId : chosen) {
                Attendance a = new Attendance(shift.getId(), street, volunteerId, start.minus(Duration.ofMinutes(5)));
                a.checkOut(shift, start.plus(Duration.ofMinutes(120 + random.nextInt(70))));
                a.confirm("system", start.plus(Duration.ofDays(1)));
                minutesOf.merge(volunteerId, a.getMinutes(), Long::sum);
                batch.add(a);
            }
            attendance.addAll(batch);
        }
        timeBank.creditNewAccounts(minutesOf, Said.of("volunteers.memo.demoHours"));
        shared.forEach((id, index) -> identity.recordMinutes(index, minutesOf.getOrDefault(id, 0L), Said.of("volunteers.purpose.demo")));
    }

    /**
     * The station's next shifts: one in each of the coming weeks, each with a few volunteers signed up
     * (never the people shared with the other operator, volunteer.demo among them: they sign up themselves).
     */
    private void seedUpcoming(String street, List<Volunteer> people, Set<Long> shared, LocalDate today, Random random) {
        List<Volunteer> others = people.stream().filter(v -> !shared.contains(v.getId())).toList();
        for (int week = 0; week < UPCOMING.length; week++) {
            String[] kind = UPCOMING[week];
            Instant start = today.plusDays(3 + 7L * week).atTime(9, 0).atZone(STATIONS).toInstant();
            Shift shift = new Shift(kind[0], kind[1], street, null, 8, start, start.plus(Duration.ofMinutes(150)),
                    Duration.ofMinutes(15));
            shifts.store(shift);
            Set<Long> taken = new TreeSet<>();
            while (taken.size() < Math.min(others.size(), 2 + week)) {
                taken.add(others.get(random.nextInt(others.size())).getId());
            }
            int position = 0;
            for (long volunteerId : taken) {
                shifts.store(new SignUp(shift.getId(), volunteerId, SignUpStatus.CONFIRMED, position++));
            }
        }
    }

    /** The ID numbers of the people serving two operators: the same at each, so one identity. */
    private String sharedIdNumber(int i) {
        return valid("140105" + "2001" + String.format("%02d", 1 + i) + "15" + String.format("%03d", 700 + i));
    }

    private String idNumber(String street, int i) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays((i * 37L + street.hashCode() % 97 + 97) % 16000);
        // Birth dates differ within a station, the sequence's first digit is the station's: unique per operator.
        return valid("140106" + birth.toString().replace("-", "") + (street.charAt(8) - '0') + String.format("%02d", i % 100));
    }

    private String valid(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * weights[k];
        }
        return idNumbers.checked(first17 + "10X98765432".charAt(sum % 11));
    }

    private static String name(Random random) {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "" + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
    }

    private static String affiliationName(AffiliationKind kind, Random random) {
        return switch (kind) {
            case UNIVERSITY -> AFFILIATIONS[random.nextInt(AFFILIATIONS.length)];
            case ENTERPRISE -> ENTERPRISES[random.nextInt(ENTERPRISES.length)];
            case MEDICAL -> "迎泽区社区卫生服务中心";
            case RESIDENT -> "老军营社区";
            case OTHER -> null;
        };
    }
}
