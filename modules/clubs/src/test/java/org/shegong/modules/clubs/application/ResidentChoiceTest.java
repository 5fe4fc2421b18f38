package org.shegong.modules.clubs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.directory.ResidentCard;

/** How a resident is offered as a club's leader or contact: name, community and phone with its middle hidden, nothing else. */
class ResidentChoiceTest {

    @Test
    void aMobileKeepsItsFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", ResidentChoice.maskedPhone("13812345678"));
        assertEquals("138****5678", ResidentChoice.maskedPhone(" 138-1234-5678 "));
        assertEquals("138****5678", ResidentChoice.maskedPhone("+86 138 1234 5678"));
    }

    @Test
    void anyOtherNumberShowsOnlyItsLastFourAndAShortOneNothing() {
        assertEquals("****2345", ResidentChoice.maskedPhone("0351-6012345"));
        assertEquals("****4567", ResidentChoice.maskedPhone("1234567"));
        assertNull(ResidentChoice.maskedPhone("123456"), "too short to hide anything in");
        assertNull(ResidentChoice.maskedPhone(""));
        assertNull(ResidentChoice.maskedPhone(null));
    }

    @Test
    void aChoiceFromTheRegistersCardHasNameCommunityAndMaskedPhoneButNoIdNumber() {
        ResidentCard card = new ResidentCard(7, "王芳", "1401**************", "FEMALE", LocalDate.of(1958, 3, 2), "13812345678",
                "五一东街 3 号", "140106005001", "五一东街社区", "140106005000");
        ResidentChoice c = ResidentChoice.of(card);
        assertEquals(new ResidentChoice(7, "王芳", "五一东街社区", "138****5678"), c);
        assertEquals("五一东街社区 · 138****5678", c.hint());
    }

    @Test
    void theHintIsWhatIsKnown() {
        assertEquals("五一东街社区", new ResidentChoice(7, "王芳", "五一东街社区", null).hint());
        assertEquals("138****5678", new ResidentChoice(7, "王芳", null, "138****5678").hint());
        assertNull(ResidentChoice.named(7, "王芳").hint(), "a person the register no longer shows me: the name only");
    }
}
