package org.shegong.platform.application.projects;

/** A contract target a checklist item may count toward: one of my contracts for the project's station. */
public record TargetOption(long contractId, String contractNumber, String metric, int perYear) {

    /** The value a page sends back: "contractId:metric". */
    public String key() {
        return contractId + ":" + metric;
    }

    public String label() {
        return contractNumber + " · " + metric + " (" + perYear + "/年)";
    }
}
