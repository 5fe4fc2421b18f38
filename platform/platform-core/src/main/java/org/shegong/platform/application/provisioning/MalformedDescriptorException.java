package org.shegong.platform.application.provisioning;

/** A descriptor that cannot be applied; the message names the file and the field. */
public class MalformedDescriptorException extends RuntimeException {

    private final String file;
    private final String field;

    public MalformedDescriptorException(String file, String field, String problem) {
        super(file + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
