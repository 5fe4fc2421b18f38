package org.shegong.modules.clubs.domain.model.coverage;

/** Urban community (社区) or rural village (村): 民发〔2017〕191号 sets a different target for each. */
public enum CommunityKind {
    /** 城市社区 */
    URBAN("城市社区"),
    /** 农村社区（村） */
    RURAL("农村社区");

    private final String label;

    CommunityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
