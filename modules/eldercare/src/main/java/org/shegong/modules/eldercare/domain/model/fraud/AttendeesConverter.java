package org.shegong.modules.eldercare.domain.model.fraud;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Attendees as resident ids in one column: the session's list is written once with it, and a
 * collection table of its own would sit outside the tenant filter of the session's table.
 */
@Converter
public class AttendeesConverter implements AttributeConverter<Set<Long>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Long> ids) {
        return ids == null ? "" : ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public Set<Long> convertToEntityAttribute(String column) {
        Set<Long> ids = new TreeSet<>();
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Long::valueOf).forEach(ids::add);
        }
        return ids;
    }
}
