package org.shegong.platform.domain.model.resident;

/** An ID number that fails the GB 11643 rules; the message says which rule, in Chinese and English. */
public class InvalidIdNumberException extends IllegalArgumentException {

    public InvalidIdNumberException(String message) {
        super(message);
    }
}
