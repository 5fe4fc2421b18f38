package org.shegong.modules.childprotection.domain.model.child;

/**
 * A guardian or carer of a child (监护人 / 委托照护人): how they are related, how to reach them,
 * whether they are the legal guardian, and the situation of a parent (e.g. 外出务工, 服刑).
 */
public record Guardian(String name, String relation, String phone, boolean legalGuardian, String situation) {

    public Guardian {
        name = required(name, "监护人姓名 / guardian's name", 50);
        relation = required(relation, "与儿童关系 / relation", 20);
        phone = optional(phone, 20);
        situation = optional(situation, 100);
        if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
            throw new IllegalArgumentException("电话格式不正确 / not a phone number: " + phone);
        }
    }

    private static String required(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("请填写" + what + " is required");
        }
        return optional(value, max);
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max || v.contains("|") || v.contains(";")) {
            throw new IllegalArgumentException("内容过长或含有 | ; / too long or contains | or ;: " + v);
        }
        return v;
    }
}
