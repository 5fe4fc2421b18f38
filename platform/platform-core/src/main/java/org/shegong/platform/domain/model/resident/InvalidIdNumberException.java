package org.shegong.platform.domain.model.resident;

/** An ID number that fails the GB 11643 rules; the key ({@code idNumber.refused.*}) says which rule. */
public class InvalidIdNumberException extends org.shegong.platform.api.records.Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidIdNumberException(String key, Object... args) {
        super(key, args);
    }
}
