package org.shegong.platform.infrastructure.excel;

import java.util.List;
import java.util.Optional;

/**
 * The columns the residents import reads, each with the headers people actually write for it
 * (the template's own first). A header matches when, without spaces and the "*" of required
 * columns, it is one of these or starts with one ("身份证号码（18位）").
 */
enum Column {
    NAME("姓名", "名字", "服务对象姓名", "居民姓名"),
    ID_NUMBER("身份证号", "身份证", "公民身份号码", "身份号码", "证件号码", "身份证件号码"),
    PHONE("电话", "联系电话", "手机", "手机号", "手机号码", "电话号码", "联系方式", "联系电话号码"),
    COMMUNITY("社区", "所属社区", "社区名称", "居委会", "所在社区"),
    ADDRESS("地址", "住址", "家庭住址", "居住地址", "现住址", "详细地址"),
    CATEGORIES("类别", "人员类别", "服务对象类别", "类型", "分类"),
    GENDER("性别"),
    BIRTH_DATE("出生日期", "出生年月日", "出生年月", "生日"),
    REGISTERED_ON("建档日期", "建档时间", "建档", "登记日期");

    private final List<String> headers;

    Column(String... headers) {
        this.headers = List.of(headers);
    }

    /** The template's header for this column. */
    String header() {
        return headers.get(0);
    }

    static Optional<Column> forHeader(String title) {
        String t = title.replaceAll("[\\s\\u00A0\\u3000\\u200B\\uFEFF*＊]", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (Column column : values()) {
            for (String header : column.headers) {
                if (t.equals(header) || t.startsWith(header)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }
}
