package org.shegong.modules.volunteers.domain.model.volunteer;

import org.shegong.platform.api.records.Refusal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One person of a class list or a company roster (花名册) as typed: the values made regular without
 * changing what they say (full-width digits and letters, non-breaking and zero-width spaces, a
 * mobile's "+86", blanks and dashes), and the rules a row must meet before it may become a
 * volunteer. Gender comes from the ID number when the row gives none (its 17th digit).
 */
public final class RosterLine {

    private RosterLine() {
    }

    /** NFKC folds full-width forms (１３９, Ｘ) into ASCII; odd spaces are dropped at the ends. */
    public static String regular(String typed) {
        if (typed == null) {
            return "";
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        return folded.replaceAll("[\\u200B\\uFEFF]", "").replace('\u00A0', ' ').replace('\u3000', ' ').strip();
    }

    /** A mobile as stored: digits only, no country code. */
    public static String mobile(String typed) {
        String m = regular(typed).replaceAll("[\\s\\-()（）]", "");
        if (m.startsWith("+86")) {
            m = m.substring(3);
        } else if (m.startsWith("0086")) {
            m = m.substring(4);
        }
        return m;
    }

    /** 男/女, M/F; empty when not given; anything else is refused. */
    public static Optional<Gender> gender(String typed) {
        String g = regular(typed).toUpperCase();
        return switch (g) {
            case "" -> Optional.empty();
            case "男", "M", "MALE" -> Optional.of(Gender.MALE);
            case "女", "F", "FEMALE" -> Optional.of(Gender.FEMALE);
            default -> throw new Refusal("volunteers.refused.genderValue");
        };
    }

    /** The 17th digit of an 18-digit ID number: odd for men, even for women. */
    public static Gender genderOf(String checkedIdNumber) {
        return (checkedIdNumber.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The affiliation kind by its label (高校, 企业 …) or a common other name; empty when not given. */
    public static Optional<AffiliationKind> kind(String typed) {
        String k = regular(typed);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        for (AffiliationKind kind : AffiliationKind.values()) {
            if (kind.label().equals(k) || kind.name().equalsIgnoreCase(k)) {
                return Optional.of(kind);
            }
        }
        return Optional.of(switch (k) {
            case "大学", "学校", "学生", "高等院校" -> AffiliationKind.UNIVERSITY;
            case "公司", "单位", "企业员工" -> AffiliationKind.ENTERPRISE;
            case "医院", "医疗", "卫生院" -> AffiliationKind.MEDICAL;
            case "居民", "社区" -> AffiliationKind.RESIDENT;
            default -> throw new Refusal("volunteers.refused.kindValue");
        });
    }

    /** Tags separated by 、 , ， ; ； or spaces. */
    public static Set<String> skills(String typed) {
        return Arrays.stream(regular(typed).split("[、,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
