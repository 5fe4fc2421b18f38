package org.shegong.platform.api.records;

/**
 * The platform's protection of ID numbers (身份证号), for a module that keeps people who are not
 * residents of the register (e.g. volunteers): the same check (GB 11643), the same encryption at
 * rest (AES-256-GCM) and the same blind index (keyed HMAC) as the register's, so one person has one
 * index across the register and every module, and one key rotation covers them all.
 *
 * <p>Modules store {@link #encrypt} and {@link #blindIndex} only, never the plain number, and show
 * {@link #masked} where the number is not needed.
 */
public interface IdNumbers {

    /**
     * The number as the platform keeps it: 18 characters, the check character upper-case, spaces
     * and full-width digits made regular. An invalid number is an {@link IllegalArgumentException}
     * whose message is the reason, Chinese first.
     */
    String checked(String typed);

    /** Ciphertext of a {@linkplain #checked checked} number, a fresh nonce each call. */
    String encrypt(String checked);

    String decrypt(String stored);

    /** Equal numbers give equal indexes in every tenant; without the key it reveals nothing. */
    String blindIndex(String checked);

    /** The region prefix only, as the register shows it. */
    String masked(String checked);
}
