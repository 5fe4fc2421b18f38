package org.shegong.platform.application.residents.imports;

/** An import that wrote nothing, and why. */
public class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Refused for a reason said in the reader's language ({@link org.shegong.platform.api.records.Reasons}). */
    public ImportRefusedException(org.shegong.platform.api.records.Refusal reason) {
        super(reason.getMessage(), reason);
    }
}
