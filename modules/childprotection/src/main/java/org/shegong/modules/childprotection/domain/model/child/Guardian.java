package org.shegong.modules.childprotection.domain.model.child;

import org.shegong.platform.api.records.Refusal;

/**
 * A guardian or carer of a child (监护人 / 委托照护人): how they are related, how to reach them,
 * whether they are the legal guardian, and the situation of a parent (e.g. 外出务工, 服刑).
 */
public record Guardian(String name, String relation, String phone, boolean legalGuardian, String situation) {

    public Guardian {
        name = required(name, "childprotection.field.guardianName", 50);
        relation = required(relation, "childprotection.field.relation", 20);
        phone = optional(phone, 20);
        situation = optional(situation, 100);
        if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
            throw new Refusal("childprotection.refused.phone", phone);
        }
    }

    private static String required(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new Refusal("childprotection.refused.required", new Refusal.Label(what));
        }
        return optional(value, max);
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max || v.contains("|") || v.contains(";")) {
            throw new Refusal("childprotection.refused.guardianText", v);
        }
        return v;
    }
}
