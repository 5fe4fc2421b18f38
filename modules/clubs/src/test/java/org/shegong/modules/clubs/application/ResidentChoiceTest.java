package org.shegong.modules.clubs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.directory.PhoneMask;
import org.shegong.platform.api.directory.ResidentCard;

/** How a resident is offered as a club's leader or contact: name, community and phone with its middle hidden, nothing else. */
class ResidentChoiceTest {

    @Test
    void theHintsPhoneIsMaskedAsEveryListMasksItAndNoPhoneGivesNone() {
        ResidentCard landline = new ResidentCard(8, "李明", null, "MALE", null, "0351-6012345", null, "140106005001",
                "五一东街社区", "140106005000");
        assertEquals(PhoneMask.of("0351-6012345"), ResidentChoice.of(landline).maskedPhone(), "one mask: two would together give the number back");
        ResidentCard none = new ResidentCard(9, "赵兰", null, "FEMALE", null, " ", null, "140106005001", "五一东街社区", "140106005000");
        assertNull(ResidentChoice.of(none).maskedPhone());
        assertEquals("五一东街社区", ResidentChoice.of(none).hint());
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
