package org.shegong.modules.clubs.application;

import org.shegong.modules.clubs.domain.model.club.CreditCode;

/** Made-up but valid credit codes for demo clubs: 5 (民政) 2 (民办非企业) + the county + a running number + the check character. */
final class DemoCreditCodes {

    private DemoCreditCodes() {
    }

    static String of(String streetCode, int n) {
        String first17 = "52" + streetCode.substring(0, 6) + "MJ" + String.format("%07d", n);
        return CreditCode.withCheckCharacter(first17);
    }
}
