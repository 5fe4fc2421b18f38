package org.shegong.modules.volunteers.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CheckInCodeTest {

    static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER_KEY = "another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSignedCodeSaysWhatWasSigned() {
        CheckInCode code = new CheckInCode("hope", 42, "140106005000");
        assertEquals(code, CheckInCode.verify(code.sign(KEY), KEY));
    }

    @Test
    void anEditedAnotherKeysOrMalformedCodeIsRefused() {
        String signed = new CheckInCode("hope", 42, "140106005000").sign(KEY);
        String otherShift = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("hope|43|140106005000".getBytes(StandardCharsets.UTF_8)) + signed.substring(signed.indexOf('.'));
        for (String bad : new String[] {otherShift, new CheckInCode("hope", 42, "140106005000").sign(OTHER_KEY),
                signed + "x", signed.replace(".", ""), "", ".", "..", signed + "." + signed, "a.b"}) {
            assertEquals("volunteers.refused.invalidCode", assertThrows(CheckInRefused.class, () -> CheckInCode.verify(bad, KEY)).key(), bad);
        }
        assertThrows(CheckInRefused.class, () -> CheckInCode.verify(null, KEY));
    }
}
