package org.shegong.platform.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void namesEachChangedFieldWithBeforeAndAfterInOrder() {
        Map<String, String> before = fields("张三", "13800000001", "", "140106001001");
        Map<String, String> after = fields("张三", "13900000002", "柳巷", "140106001002");
        assertEquals("电话：13800000001 → 13900000002；地址：— → 柳巷；身份证号已更改",
                Changes.between(before, after, Set.of("身份证号")));
    }

    @Test
    void nothingChangedIsNothingToSay() {
        Map<String, String> same = fields("张三", "1", "", "x");
        assertEquals("", Changes.between(same, new LinkedHashMap<>(same), Set.of()));
    }

    @Test
    void theFirstLineListsFilledFieldsAndNeverASecretValue() {
        String text = Changes.of(fields("李四", "", "迎泽", "140106001001"), Set.of("身份证号"));
        assertEquals("姓名：李四；地址：迎泽；身份证号已填写", text);
        assertFalse(text.contains("140106001001"));
    }

    private static Map<String, String> fields(String name, String phone, String address, String idNumber) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("姓名", name);
        fields.put("电话", phone);
        fields.put("地址", address);
        fields.put("身份证号", idNumber);
        return fields;
    }
}
