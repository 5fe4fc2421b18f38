package org.shegong.platform.domain.model.resident;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores categories as one column like {@code ,ELDER,DIBAO,} so a category filter is one LIKE. */
@Converter
public class ResidentCategoriesConverter implements AttributeConverter<Set<ResidentCategory>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ResidentCategory> categories) {
        if (categories == null || categories.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(categories).stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public Set<ResidentCategory> convertToEntityAttribute(String column) {
        EnumSet<ResidentCategory> categories = EnumSet.noneOf(ResidentCategory.class);
        if (column != null) {
            Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(ResidentCategory::valueOf)
                    .forEach(categories::add);
        }
        return categories;
    }
}
