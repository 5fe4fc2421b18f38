package org.shegong.platform.application.projects;

/**
 * A contract target a checklist item may count toward: one of my contracts for the project's station. Codes only:
 * pages name the metric by its module's label ({@code ProjectPage.targetText}).
 */
public record TargetOption(long contractId, String contractNumber, String metric, int perYear) {

    /** The value a page sends back: "contractId:metric". */
    public String key() {
        return contractId + ":" + metric;
    }
}
