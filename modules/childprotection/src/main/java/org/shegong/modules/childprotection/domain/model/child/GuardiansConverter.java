package org.shegong.modules.childprotection.domain.model.child;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/**
 * A child's guardians in one column ({@code name|relation|phone|legal|situation;…}): they are a value
 * of the child record, written whole — a collection table would need a tenant filter of its own.
 * {@link Guardian} refuses the separators in its fields.
 */
@Converter
public class GuardiansConverter implements AttributeConverter<List<Guardian>, String> {

    @Override
    public String convertToDatabaseColumn(List<Guardian> guardians) {
        if (guardians == null || guardians.isEmpty()) {
            return "";
        }
        return String.join(";", guardians.stream().map(g -> String.join("|", g.name(), g.relation(), n(g.phone()),
                String.valueOf(g.legalGuardian()), n(g.situation()))).toList());
    }

    @Override
    public List<Guardian> convertToEntityAttribute(String column) {
        List<Guardian> guardians = new ArrayList<>();
        if (column == null || column.isBlank()) {
            return guardians;
        }
        for (String part : column.split(";")) {
            String[] f = part.split("\\|", -1);
            guardians.add(new Guardian(f[0], f[1], f[2], Boolean.parseBoolean(f[3]), f[4]));
        }
        return guardians;
    }

    private static String n(String value) {
        return value == null ? "" : value;
    }
}
