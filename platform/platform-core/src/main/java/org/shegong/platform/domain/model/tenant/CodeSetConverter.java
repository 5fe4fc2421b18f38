package org.shegong.platform.domain.model.tenant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stores a small set of codes as one comma-separated column, sorted so equal sets store equally. */
@Converter
public class CodeSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> codes) {
        return codes == null ? "" : new TreeSet<>(codes).stream().collect(Collectors.joining(","));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        Set<String> codes = new TreeSet<>();
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(codes::add);
        }
        return codes;
    }
}
