package org.shegong.platform.domain.model.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;

/** A category the birth date contradicts is refused with the date and age (an import filed a 1960-born person as 儿童). */
class ResidentCategoriesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aPersonOfSixtySixIsNoChildAndOneOfFortyNoElder() {
        Refusal child = Resident.misfit(EnumSet.of(ResidentCategory.DIBAO, ResidentCategory.CHILD), LocalDate.of(1960, 3, 1), TODAY)
                .orElseThrow();
        assertEquals("resident.refused.childAge", child.key());
        assertEquals(List.of("1960-03-01", "66"), child.args());
        Refusal elder = Resident.misfit(EnumSet.of(ResidentCategory.ELDER), LocalDate.of(1986, 5, 1), TODAY).orElseThrow();
        assertEquals("resident.refused.elderAge", elder.key());
        assertEquals(List.of("1986-05-01", "40"), elder.args());
    }

    @Test
    void theBoundariesAreTheDayOfTheEighteenthAndSixtiethBirthday() {
        assertEquals(Optional.empty(), Resident.misfit(EnumSet.of(ResidentCategory.CHILD), TODAY.minusYears(18).plusDays(1), TODAY));
        assertTrue(Resident.misfit(EnumSet.of(ResidentCategory.CHILD), TODAY.minusYears(18), TODAY).isPresent());
        assertEquals(Optional.empty(), Resident.misfit(EnumSet.of(ResidentCategory.ELDER), TODAY.minusYears(60), TODAY));
        assertTrue(Resident.misfit(EnumSet.of(ResidentCategory.ELDER), TODAY.minusYears(60).plusDays(1), TODAY).isPresent());
    }

    @Test
    void withoutABirthDateOrWithOtherCategoriesNothingIsSaid() {
        assertEquals(Optional.empty(), Resident.misfit(EnumSet.of(ResidentCategory.CHILD, ResidentCategory.ELDER), null, TODAY));
        assertEquals(Optional.empty(), Resident.misfit(EnumSet.of(ResidentCategory.DIBAO, ResidentCategory.TEKUN,
                ResidentCategory.DISABLED), LocalDate.of(1960, 3, 1), TODAY));
    }
}
