package org.shegong.platform.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.provisioning.OperatorAdministration;
import org.shegong.platform.application.provisioning.OperatorAdministration.NewOperator;
import org.shegong.platform.application.provisioning.ProvisionedFiles.AppliedFile;
import org.shegong.platform.application.provisioning.ProvisioningAtStartup;
import org.shegong.platform.application.provisioning.ProvisioningReport;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/**
 * The platform admin's 运营方 page: operators with their modules and contracts, and the forms that
 * onboard an operator, switch its modules, add a contract with targets and end one early — each one
 * call of {@link OperatorAdministration}, which checks and audits. Below, what provisioning did.
 */
@Named
@ViewScoped
public class PlatformTenants implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TenantRepository tenants;

    @Inject
    transient ContractRepository contracts;

    @Inject
    transient ProvisioningAtStartup provisioning;

    @Inject
    transient OperatorAdministration administration;

    private transient List<Tenant> all;

    private boolean onboardOpen;
    private String newCode;
    private String newName;
    private String newPhone;
    private String newAdminName;
    private String newAdminLogin;
    private List<String> newModules = new ArrayList<>();

    private String modulesFor;
    private List<String> chosenModules = new ArrayList<>();

    private String contractFor;
    private String contractNumber;
    private String contractStreet;
    private LocalDate contractStarts;
    private LocalDate contractEnds;
    private List<String> contractMetrics = List.of();
    private Map<String, Integer> contractTargets = new HashMap<>();

    private String endingNumber;
    private LocalDate endingOn;

    public List<Tenant> getTenants() {
        if (all == null) {
            all = tenants.all();
        }
        return all;
    }

    public List<Contract> contractsOf(Tenant tenant) {
        return contracts.heldBy(tenant.tenantId());
    }

    /** What provisioning did at this server's start: applied, left alone (unchanged), refused, logins not written. */
    public ProvisioningReport getLastProvisioning() {
        return provisioning.lastReport().orElse(null);
    }

    public java.time.Instant getLastProvisioningAt() {
        return provisioning.lastRunAt().orElse(null);
    }

    /** Every {@code tenants/} file as last applied, with its SHA-256 and time. */
    public List<AppliedFile> getAppliedFiles() {
        return administration.appliedFiles();
    }

    /**
     * A SHA-256 in groups of eight hex digits: it wraps on a phone, and no run of digits in it can be
     * mistaken for (or flagged as) a 12-digit area code.
     */
    public String sha(String sha256) {
        return sha256 == null ? "" : String.join(" ", sha256.split("(?<=\\G.{8})"));
    }

    public List<ShegongModule> getModules() {
        return administration.switchableModules();
    }

    public List<Station> getStations() {
        return administration.stations();
    }

    // ---- onboarding

    public void startOnboard() {
        onboardOpen = true;
        newCode = newName = newPhone = newAdminName = newAdminLogin = null;
        newModules = new ArrayList<>();
    }

    public void onboard() {
        try {
            String password = administration.onboard(new NewOperator(newCode, newName, newPhone, newAdminName, newAdminLogin,
                    new TreeSet<>(newModules)));
            Messages.info(Messages.format("operators.onboard.done", newName.strip(), newAdminLogin.strip(), password));
            onboardOpen = false;
            all = null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            Messages.refused(e);
        }
    }

    public void closeOnboard() {
        onboardOpen = false;
    }

    // ---- modules

    public void startModules(Tenant tenant) {
        modulesFor = tenant.getCode();
        chosenModules = new ArrayList<>(tenant.getEnabledModules());
    }

    public void saveModules() {
        try {
            administration.switchModules(modulesFor, Set.copyOf(chosenModules));
            Messages.info(Messages.text("operators.modules.done"));
            modulesFor = null;
            all = null;
        } catch (IllegalArgumentException | IllegalStateException | RecordNotFoundException e) {
            Messages.refused(e);
        }
    }

    public void closeModules() {
        modulesFor = null;
    }

    // ---- contracts

    public void startContract(Tenant tenant) {
        contractFor = tenant.getCode();
        contractNumber = contractStreet = null;
        contractStarts = contractEnds = null;
        contractTargets = new HashMap<>();
        contractMetrics = new ArrayList<>(administration.metricsOf(tenant));
    }

    public void addContract() {
        try {
            administration.addContract(contractFor, contractNumber, contractStreet, contractStarts, contractEnds, contractTargets);
            Messages.info(Messages.text("operators.contract.done") + " " + contractNumber.strip());
            contractFor = null;
            all = null;
        } catch (IllegalArgumentException | IllegalStateException | RecordNotFoundException e) {
            Messages.refused(e);
        }
    }

    public void closeContract() {
        contractFor = null;
    }

    public void startEnding(Contract contract) {
        endingNumber = contract.getNumber();
        endingOn = null;
    }

    public void endContract() {
        try {
            administration.endContract(endingNumber, endingOn);
            Messages.info(Messages.text("operators.end.done") + " " + endingNumber);
            endingNumber = null;
            all = null;
        } catch (IllegalArgumentException | IllegalStateException | RecordNotFoundException e) {
            Messages.refused(e);
        }
    }

    public void closeEnding() {
        endingNumber = null;
    }

    // ---- form state

    public boolean isOnboardOpen() {
        return onboardOpen;
    }

    public boolean isModulesOpen() {
        return modulesFor != null;
    }

    public boolean isContractOpen() {
        return contractFor != null;
    }

    public boolean isEndingOpen() {
        return endingNumber != null;
    }

    public String getModulesFor() {
        return modulesFor;
    }

    public String getContractFor() {
        return contractFor;
    }

    public String getEndingNumber() {
        return endingNumber;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPhone() {
        return newPhone;
    }

    public void setNewPhone(String newPhone) {
        this.newPhone = newPhone;
    }

    public String getNewAdminName() {
        return newAdminName;
    }

    public void setNewAdminName(String newAdminName) {
        this.newAdminName = newAdminName;
    }

    public String getNewAdminLogin() {
        return newAdminLogin;
    }

    public void setNewAdminLogin(String newAdminLogin) {
        this.newAdminLogin = newAdminLogin;
    }

    public List<String> getNewModules() {
        return newModules;
    }

    public void setNewModules(List<String> newModules) {
        this.newModules = newModules == null ? new ArrayList<>() : newModules;
    }

    public List<String> getChosenModules() {
        return chosenModules;
    }

    public void setChosenModules(List<String> chosenModules) {
        this.chosenModules = chosenModules == null ? new ArrayList<>() : chosenModules;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    public String getContractStreet() {
        return contractStreet;
    }

    public void setContractStreet(String contractStreet) {
        this.contractStreet = contractStreet;
    }

    public LocalDate getContractStarts() {
        return contractStarts;
    }

    public void setContractStarts(LocalDate contractStarts) {
        this.contractStarts = contractStarts;
    }

    public LocalDate getContractEnds() {
        return contractEnds;
    }

    public void setContractEnds(LocalDate contractEnds) {
        this.contractEnds = contractEnds;
    }

    public List<String> getContractMetrics() {
        return contractMetrics;
    }

    public Map<String, Integer> getContractTargets() {
        return contractTargets;
    }

    public LocalDate getEndingOn() {
        return endingOn;
    }

    public void setEndingOn(LocalDate endingOn) {
        this.endingOn = endingOn;
    }
}
