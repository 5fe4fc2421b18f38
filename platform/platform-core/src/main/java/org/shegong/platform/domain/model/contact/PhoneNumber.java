package org.shegong.platform.domain.model.contact;

/**
 * What the registers accept as a phone number: a mobile or a landline as people write them
 * (digits, "+", "-", brackets, spaces), 5 to 30 characters.
 */
public final class PhoneNumber {

    /** For Bean Validation's {@code @Pattern}; an empty value is left to the field's own rule. */
    public static final String PATTERN = "[0-9+\\-() ]{5,30}";

    private PhoneNumber() {
    }

    public static boolean isWellFormed(String phone) {
        return phone != null && phone.strip().matches(PATTERN);
    }
}
