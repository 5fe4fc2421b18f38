package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.modules.clubs.domain.model.coverage.CoverageRule;

/** The module's configuration, all under {@code module.clubs.*} (see the module's README). */
@ApplicationScoped
public class ClubsSettings {

    @Inject
    @ConfigProperty(name = "module.clubs.target.urban", defaultValue = "10")
    int urbanTarget;

    @Inject
    @ConfigProperty(name = "module.clubs.target.rural", defaultValue = "5")
    int ruralTarget;

    /** Community codes that are rural whatever their name says (comma-separated). */
    @Inject
    @ConfigProperty(name = "module.clubs.rural-communities")
    Optional<String> ruralCommunities;

    /** Community codes that are urban whatever their name says (comma-separated). */
    @Inject
    @ConfigProperty(name = "module.clubs.urban-communities")
    Optional<String> urbanCommunities;

    public CoverageRule coverageRule() {
        return new CoverageRule(urbanTarget, ruralTarget, codes(ruralCommunities), codes(urbanCommunities));
    }

    private static Set<String> codes(Optional<String> list) {
        return list.map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.toSet())).orElse(Set.of());
    }
}
