package org.shegong.platform.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Refusal;

/** What a change writes into the history: phrases keyed by field (said by the pages, see LabelsTest). */
class ChangesTest {

    private static final String NAME = "history.field.resident.name";
    private static final String PHONE = "history.field.phone";
    private static final String ADDRESS = "history.field.resident.address";
    private static final String ID = "history.field.resident.idNumber";

    @Test
    void namesEachChangedFieldWithBeforeAndAfterInOrder() {
        Map<String, Object> before = fields("张三", "13800000001", "", "140106001001");
        Map<String, Object> after = fields("张三", "13900000002", "柳巷", "140106001002");
        assertEquals(Said.all(List.of(
                        Said.of("history.changed", new Refusal.Label(PHONE), "13800000001", "13900000002"),
                        Said.of("history.changed", new Refusal.Label(ADDRESS), "—", "柳巷"),
                        Said.of("history.secretChanged", new Refusal.Label(ID)))),
                Changes.between(before, after, Set.of(ID)));
    }

    @Test
    void nothingChangedIsNothingToSay() {
        Map<String, Object> same = fields("张三", "1", "", "x");
        assertEquals("", Changes.between(same, new LinkedHashMap<>(same), Set.of()));
    }

    @Test
    void theFirstLineListsFilledFieldsAndNeverASecretValue() {
        String text = Changes.of(fields("李四", "", "迎泽", "140106001001"), Set.of(ID));
        assertEquals(Said.all(List.of(
                Said.of("history.field", new Refusal.Label(NAME), "李四"),
                Said.of("history.field", new Refusal.Label(ADDRESS), "迎泽"),
                Said.of("history.secretFilled", new Refusal.Label(ID)))), text);
        assertFalse(text.contains("140106001001"));
    }

    private static Map<String, Object> fields(String name, String phone, String address, String idNumber) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(NAME, name);
        fields.put(PHONE, phone);
        fields.put(ADDRESS, address);
        fields.put(ID, idNumber);
        return fields;
    }
}
