package org.shegong.modules.volunteers.application;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Gender;
import org.shegong.modules.volunteers.domain.model.volunteer.RosterLine;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.IdNumbers;
import org.shegong.platform.api.records.Reason;
import org.shegong.platform.api.workbook.WorkbookColumn;
import org.shegong.platform.api.workbook.WorkbookRefusedException;
import org.shegong.platform.api.workbook.WorkbookRow;
import org.shegong.platform.api.workbook.WorkbookRows;
import org.shegong.platform.api.workbook.WorkbookSheet;

/**
 * Registering a class list or a company roster (花名册) at once, the platform's import pattern: the
 * template, a check of every row with its reasons (nothing written), then all rows or the valid
 * ones only, in one transaction. The file is read by the platform's {@link WorkbookRows}; each row
 * becomes a volunteer through {@link VolunteerRegistry#register}, so the same rules and audit apply.
 */
@ApplicationScoped
public class RosterImport {

    /** All rows or none, or the valid rows only (the others are listed with their reasons). */
    public enum Mode { ALL_OR_NOTHING, VALID_ONLY }

    /**
     * One row as checked: its number in the sheet, the name, the masked ID number, what is wrong, what
     * was changed — each a {@link Reason} the page and the API say in the reader's language.
     */
    public record Line(int rowNumber, String name, String idNumberMasked, List<Reason> reasons, List<Reason> notes,
                       VolunteerDetails details) implements java.io.Serializable {
        public boolean valid() {
            return reasons.isEmpty();
        }

        /** The row's reasons in {@code locale}, one text (the page's column). */
        public String reasonText(java.util.Locale locale) {
            return String.join("；", org.shegong.platform.api.records.Reasons.texts(reasons, locale));
        }

        public String noteText(java.util.Locale locale) {
            return String.join("；", org.shegong.platform.api.records.Reasons.texts(notes, locale));
        }
    }

    /** Every data row checked, and what in the file was not read. */
    public record Check(List<Line> lines, List<Reason> unread) implements java.io.Serializable {
        public long validCount() {
            return lines.stream().filter(Line::valid).count();
        }

        public long invalidCount() {
            return lines.size() - validCount();
        }
    }

    static final String NAME = "name";
    static final String ID_NUMBER = "idNumber";
    static final String GENDER = "gender";
    static final String PHONE = "phone";
    static final String KIND = "kind";
    static final String AFFILIATION = "affiliation";
    static final String SKILLS = "skills";
    static final String EMERGENCY = "emergency";

    static final List<WorkbookColumn> COLUMNS = List.of(
            new WorkbookColumn(NAME, "姓名", List.of("名字", "学生姓名", "员工姓名", "志愿者姓名"), true, false, "不超过50个字"),
            new WorkbookColumn(ID_NUMBER, "身份证号", List.of("身份证", "身份证号码", "公民身份号码", "证件号码"), true, true,
                    "18位居民身份证号，校验位必须正确；本列已设为文本格式，请勿改为数字（Excel 对数字只保留15位）"),
            new WorkbookColumn(GENDER, "性别", List.of(), false, false, "男或女；不填时按身份证号"),
            new WorkbookColumn(PHONE, "手机", List.of("手机号", "手机号码", "联系电话", "电话"), false, false, "11位手机号"),
            new WorkbookColumn(KIND, "来源类别", List.of("类别", "来源"), false, false,
                    "高校、企业、医疗机构、社区居民或其他；不填时用导入页上选的类别"),
            new WorkbookColumn(AFFILIATION, "学校或单位", List.of("学校", "单位", "院系", "班级", "公司", "所在单位"), false, false,
                    "不填时用导入页上填写的学校或单位"),
            new WorkbookColumn(SKILLS, "技能", List.of("特长", "专长"), false, false, "可填多个，用顿号或逗号分隔"),
            new WorkbookColumn(EMERGENCY, "紧急联系人", List.of("紧急联系方式"), false, false, "姓名和电话"));

    @Inject
    WorkbookRows workbooks;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    VolunteerRegistry registry;

    @Inject
    IdNumbers idNumbers;

    @Inject
    SignedIn signedIn;

    @RequiresPermission(VolunteersPermissions.REGISTER)
    public byte[] template() {
        return workbooks.template("志愿者名单", COLUMNS);
    }

    /**
     * Checks every row without writing. {@code kind} and {@code affiliation} are the class's or
     * company's, used where a row gives none.
     */
    @RequiresPermission(VolunteersPermissions.REGISTER)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Check check(InputStream file, String streetCode, AffiliationKind kind, String affiliation) {
        if (streetCode == null || !signedIn.worksAt(streetCode)) {
            throw new Refusal("volunteers.refused.chooseOwnStation");
        }
        if (file == null) {
            throw new Refusal("volunteers.refused.chooseFile");
        }
        WorkbookSheet sheet = workbooks.read(file, COLUMNS, WorkbookRows.MAX_ROWS);
        Map<String, Integer> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (WorkbookRow row : sheet.rows()) {
            if (!row.isBlank()) {
                lines.add(line(row, streetCode, kind, affiliation, seen));
            }
        }
        return new Check(lines, sheet.unread());
    }

    /** Checks the file and registers its rows in one go (the API's import). */
    @RequiresPermission(VolunteersPermissions.REGISTER)
    @Transactional
    public int apply(InputStream file, String streetCode, AffiliationKind kind, String affiliation, Mode mode) {
        if (mode == null) {
            throw new Refusal("volunteers.refused.chooseMode");
        }
        return apply(check(file, streetCode, kind, affiliation), mode);
    }

    /**
     * Registers the rows of a check: all or nothing (any invalid row → nothing written, the reason
     * names how many), or the valid rows only. One transaction: a row refused now (e.g. the same
     * person registered since the check) undoes the whole import.
     */
    @RequiresPermission(VolunteersPermissions.REGISTER)
    @Transactional
    public int apply(Check check, Mode mode) {
        return apply(check, mode, written -> { });
    }

    /** The same, telling {@code progress} how many rows are written so far (the page's progress bar). */
    @RequiresPermission(VolunteersPermissions.REGISTER)
    @Transactional
    public int apply(Check check, Mode mode, java.util.function.IntConsumer progress) {
        if (check == null || mode == null) {
            throw new Refusal("volunteers.refused.checkFirst");
        }
        if (mode == Mode.ALL_OR_NOTHING && check.invalidCount() > 0) {
            throw new Refusal("volunteers.refused.rowsHaveErrors", check.invalidCount());
        }
        if (check.validCount() == 0) {
            throw new Refusal("volunteers.refused.noValidRow");
        }
        int written = 0;
        for (Line line : check.lines()) {
            if (line.valid()) {
                registry.register(line.details());
                written++;
                progress.accept(written);
            }
        }
        return written;
    }

    private Line line(WorkbookRow row, String streetCode, AffiliationKind defaultKind, String defaultAffiliation,
                      Map<String, Integer> seen) {
        List<Reason> reasons = new ArrayList<>(row.problems());
        List<Reason> notes = new ArrayList<>();
        String name = RosterLine.regular(row.value(NAME));
        String typedId = row.value(ID_NUMBER);
        String masked = "";
        String checkedId = null;
        if (name.isEmpty()) {
            reasons.add(Reason.of("volunteers.import.nameRequired"));
        } else if (name.length() > 50) {
            reasons.add(Reason.of("volunteers.import.nameLength"));
        }
        if (typedId.isBlank()) {
            if (row.problems().isEmpty()) {
                reasons.add(Reason.of("volunteers.import.idRequired"));
            }
        } else {
            try {
                checkedId = idNumbers.checked(RosterLine.regular(typedId));
                masked = idNumbers.masked(checkedId);
                if (!checkedId.equals(typedId.strip())) {
                    notes.add(Reason.of("volunteers.import.idMadeRegular", masked));
                }
                String index = idNumbers.blindIndex(checkedId);
                Integer earlier = seen.putIfAbsent(index, row.number());
                if (earlier != null) {
                    reasons.add(Reason.of("volunteers.import.sameIdAs", String.valueOf(earlier)));
                } else if (volunteers.byIdNumberIndex(index).isPresent()) {
                    reasons.add(Reason.of("volunteers.import.idRegistered"));
                }
            } catch (IllegalArgumentException e) {
                reasons.add(Reason.of("volunteers.import.idNumber", said(e)));
            }
        }
        Gender gender = null;
        try {
            gender = RosterLine.gender(row.value(GENDER)).orElse(checkedId == null ? null : RosterLine.genderOf(checkedId));
            if (checkedId != null && gender != RosterLine.genderOf(checkedId)) {
                reasons.add(Reason.of("volunteers.import.genderDiffers"));
            }
        } catch (IllegalArgumentException e) {
            reasons.add(Reason.of("volunteers.import.said", said(e)));
        }
        String phone = RosterLine.mobile(row.value(PHONE));
        if (!phone.isEmpty() && !phone.matches("1[0-9]{10}")) {
            reasons.add(Reason.of("volunteers.import.mobile"));
        } else if (!phone.equals(row.value(PHONE).strip())) {
            notes.add(Reason.of("volunteers.import.mobileStored", phone));
        }
        AffiliationKind kind = defaultKind;
        try {
            kind = RosterLine.kind(row.value(KIND)).orElse(defaultKind);
            if (kind == null) {
                reasons.add(Reason.of("volunteers.import.kindRequired"));
            }
        } catch (IllegalArgumentException e) {
            reasons.add(Reason.of("volunteers.import.said", said(e)));
        }
        String affiliation = RosterLine.regular(row.value(AFFILIATION));
        if (affiliation.isEmpty() && defaultAffiliation != null) {
            affiliation = RosterLine.regular(defaultAffiliation);
        }
        if (affiliation.length() > 100) {
            reasons.add(Reason.of("volunteers.import.affiliationLength"));
        }
        if (String.join(",", RosterLine.skills(row.value(SKILLS))).length() > 300) {
            reasons.add(Reason.of("volunteers.import.skillsLength"));
        }
        String emergency = RosterLine.regular(row.value(EMERGENCY));
        if (emergency.length() > 100) {
            reasons.add(Reason.of("volunteers.import.emergencyLength"));
        }
        if (row.hidden()) {
            notes.add(Reason.of("volunteers.import.hidden"));
        }
        VolunteerDetails details = reasons.isEmpty() ? new VolunteerDetails(name, gender, checkedId, phone, kind, affiliation,
                RosterLine.skills(row.value(SKILLS)), null, emergency, streetCode, null) : null;
        return new Line(row.number(), name, masked, List.copyOf(reasons), List.copyOf(notes), details);
    }

    /**
     * A rule's refusal as the row's reason, said in the reader's language; a refusal is what the
     * checks throw (an ID number's or a code's), any other failure keeps its text.
     */
    private static Object said(IllegalArgumentException e) {
        return e instanceof Refusal r ? Reason.of(r) : String.valueOf(e.getMessage());
    }
}
