package org.shegong.platform.application.residents.imports;

/** An import that wrote nothing, and why. */
public class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRefusedException(String message) {
        super(message);
    }
}
