package org.shegong.modules.eldercare.domain.model.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;

/**
 * A plan's services in one column ({@code HOME_VISIT:14,HEALTH_MONITORING:7}): a plan version is
 * never edited in place, so the list is a value of the version, not rows of its own — and a
 * collection table would need its own tenant filter.
 */
@Converter
public class PlannedServicesConverter implements AttributeConverter<List<PlannedService>, String> {

    @Override
    public String convertToDatabaseColumn(List<PlannedService> services) {
        if (services == null) {
            return "";
        }
        return String.join(",", services.stream().map(s -> s.kind().name() + ":" + s.everyDays()).toList());
    }

    @Override
    public List<PlannedService> convertToEntityAttribute(String column) {
        List<PlannedService> services = new ArrayList<>();
        if (column == null || column.isBlank()) {
            return services;
        }
        for (String part : column.split(",")) {
            String[] kindAndDays = part.split(":");
            services.add(new PlannedService(VisitKind.valueOf(kindAndDays[0]), Integer.parseInt(kindAndDays[1])));
        }
        return services;
    }
}
