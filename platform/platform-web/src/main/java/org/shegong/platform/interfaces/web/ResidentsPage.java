package org.shegong.platform.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.web.PageMessages;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.AccessDeniedException;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.residents.ResidentDetails;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.residents.ResidentSearch;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.resident.Gender;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentCategory;
import org.shegong.platform.domain.model.resident.ResidentRow;

/**
 * The residents register (服务对象) of my selected stations: search by name, exact ID number,
 * whole phone number, community or category; register and edit with plain messages; an edit that
 * lost a race says so and keeps what the person typed (the form stays open with it). The list shows
 * ID numbers and phones masked; the export keeps the phone whole (a recorded export).
 */
@Named
@ViewScoped
public class ResidentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResidentRegistry registry;

    @Inject
    StationSelection selection;

    @Inject
    transient CurrentIdentity currentIdentity;

    @Inject
    transient java.time.Clock clock;

    /** The resident whose removal waits for confirmation: id and name only, what the dialog needs. */
    private Long toRemoveId;
    private String toRemoveName;

    // search
    private String name;
    private String idNumber;
    private String phone;
    private String communityCode;
    private ResidentCategory category;
    private boolean removed;

    // form
    private boolean formOpen;
    private Long editingId;
    private long editingVersion;
    private final ResidentForm form = new ResidentForm();

    /**
     * The list reads rows, not entities (figure 3 of docs/BENCHMARKS.md: a page of 20 managed
     * residents cost EclipseLink several times the query); editing or opening one reads the record.
     */
    private final LazyDataModel<ResidentRow> residents = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(guarded(() -> registry.count(search(null, true)), 0L));
        }

        @Override
        public List<ResidentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return guarded(() -> registry.searchRows(search(field, ascending), first, pageSize), List.of());
        }

        @Override
        public String getRowKey(ResidentRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public ResidentRow getRowData(String rowKey) {
            List<ResidentRow> shown = getWrappedData();
            return shown == null ? null : shown.stream().filter(r -> rowKey.equals(String.valueOf(r.id()))).findFirst().orElse(null);
        }
    };

    private ResidentSearch search(String sortBy, boolean ascending) {
        return new ResidentSearch(selection.streets(), name, idNumber, phone, communityCode, category, sortBy, ascending,
                removed);
    }

    /**
     * Called by the CSV exporter before it writes a row: the export of the current search is recorded
     * with its row count, and if that cannot be written the export fails and no file leaves.
     */
    public void exportingCsv(Object document) {
        registry.exporting(search(null, true), "CSV");
    }

    /** As {@link #exportingCsv}, for the Excel export. */
    public void exportingExcel(Object document) {
        registry.exporting(search(null, true), "Excel");
    }

    /** Whether the search narrows the list (a field filled, or removed ones shown): the count then says how many it finds. */
    public boolean isFiltered() {
        return !blank(name) || !blank(idNumber) || !blank(phone) || !blank(communityCode) || category != null || removed;
    }

    /** How many the search finds; none for a malformed ID number, which the list's message explains once. */
    public long getMatching() {
        try {
            return registry.count(search(null, true));
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public void clearSearch() {
        name = null;
        idNumber = null;
        phone = null;
        communityCode = null;
        category = null;
        removed = false;
    }

    public void startNew() {
        formOpen = true;
        editingId = null;
        editingVersion = 0;
        form.clear();
        // a person registered now is registered today; a ledger's older 建档日期 is typed over it
        form.setRegisteredOn(getToday());
    }

    /** Today in Asia/Shanghai: the latest registration date (建档日期) the form offers. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /**
     * Opens the form on the record behind a row. The version is the row's, the one the person saw in
     * the list: a change since then is reported as a lost race on save, as before the list read rows.
     */
    public void startEdit(ResidentRow row) {
        Resident resident = registry.findInStreets(row.id(), selection.streets()).orElse(null);
        if (resident == null) {
            Messages.error(new RecordNotFoundException(ResidentRegistry.KIND, row.id()).getMessage());
            return;
        }
        formOpen = true;
        editingId = row.id();
        editingVersion = row.version();
        form.fill(resident);
    }

    /**
     * Registers or changes; on any refusal the form stays open with the person's input and every reason at
     * once, each beside its input (the registry checks the details as a whole before writing anything).
     * A new resident is registered in my stations' streets only, as an edit is kept in them.
     */
    public void save() {
        String idForDetails = form.getIdNumber() == null || form.getIdNumber().isBlank() ? form.keptIdNumber() : form.getIdNumber();
        ResidentDetails details = new ResidentDetails(form.getName(), idForDetails, form.getGender(), form.getBirthDate(),
                form.getPhone(), form.getCommunityCode(), form.getAddress(), categoriesOrNone(), form.getRegisteredOn());
        try {
            if (editingId == null) {
                registry.registerInStreets(details, selection.streets());
                Messages.info(Messages.text("residents.registered") + " " + details.name());
            } else {
                registry.updateInStreets(editingId, editingVersion, details, selection.streets());
                Messages.info(Messages.text("common.saved") + " " + details.name());
            }
            close();
            return;
        } catch (ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        } catch (Refusal e) {
            PageMessages.refusedBesideInputs(e, field -> FORM + ":" + INPUTS.getOrDefault(field, field));
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                Messages.error(org.shegong.platform.api.records.Reasons.violation(v, ModuleTexts.locale()));
            }
        } catch (IllegalArgumentException | RecordNotFoundException e) {
            Messages.error(e.getMessage());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The form's id, and its input for a field of the details where the two names differ. */
    private static final String FORM = "residentDialogForm";
    private static final Map<String, String> INPUTS = Map.of("communityCode", "community");

    /** The longest text each input takes: the resident's own limits, so the page says them before a submit. */
    public record Limits(int name, int phone, int address) implements Serializable {
    }

    private static final Limits LIMITS = new Limits(Resident.NAME_MAX, Resident.PHONE_MAX, Resident.ADDRESS_MAX);

    public Limits getLimits() {
        return LIMITS;
    }

    public void close() {
        formOpen = false;
        editingId = null;
        form.clear();
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    /** Station leads and operator admins remove residents; the registry checks it again. */
    public boolean isMayRemove() {
        return currentIdentity.get().map(Access.STATION_MANAGEMENT::allows).orElse(false);
    }

    /** Opens the confirmation, which shows the name as text. */
    public void askToRemove(ResidentRow row) {
        toRemoveId = row.id();
        toRemoveName = row.name();
    }

    public String getToRemoveName() {
        return toRemoveName;
    }

    public void removeChosen() {
        if (toRemoveId == null) {
            return;
        }
        long id = toRemoveId;
        String removedName = toRemoveName;
        toRemoveId = null;
        toRemoveName = null;
        try {
            registry.removeInStreets(id, selection.streets());
            Messages.info(Messages.text("residents.removedMessage") + " " + removedName);
        } catch (RecordNotFoundException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
    }

    public List<Region> getCommunities() {
        return selection.getCommunities();
    }

    public ResidentCategory[] getCategories() {
        return ResidentCategory.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    private Set<ResidentCategory> categoriesOrNone() {
        Set<ResidentCategory> chosen = EnumSet.noneOf(ResidentCategory.class);
        if (form.getCategories() != null) {
            form.getCategories().forEach(c -> chosen.add(ResidentCategory.valueOf(c)));
        }
        return chosen;
    }

    private <T> T guarded(java.util.function.Supplier<T> call, T fallback) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            // a malformed ID number in the search box: say so, show nothing
            Messages.error(e.getMessage());
            return fallback;
        }
    }


    public LazyDataModel<ResidentRow> getResidents() {
        return residents;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public ResidentForm getForm() {
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCommunityCode() {
        return communityCode;
    }

    public void setCommunityCode(String communityCode) {
        this.communityCode = communityCode;
    }

    public boolean isRemoved() {
        return removed;
    }

    public void setRemoved(boolean removed) {
        this.removed = removed;
    }

    public ResidentCategory getCategory() {
        return category;
    }

    public void setCategory(ResidentCategory category) {
        this.category = category;
    }

    /** The fields of the register/edit dialog. The stored ID number is never sent to the page. */
    public static class ResidentForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String idNumber;
        private String maskedIdNumber;
        private String kept;
        private Gender gender;
        private LocalDate birthDate;
        private String phone;
        private String communityCode;
        private String address;
        private List<String> categories = new ArrayList<>();
        private LocalDate registeredOn;

        void clear() {
            name = idNumber = maskedIdNumber = kept = phone = communityCode = address = null;
            gender = null;
            birthDate = null;
            registeredOn = null;
            categories = new ArrayList<>();
        }

        void fill(Resident r) {
            name = r.getName();
            idNumber = null;
            kept = r.getIdNumber() == null ? null : r.getIdNumber().value();
            maskedIdNumber = r.getIdNumber() == null ? null : r.getIdNumber().masked();
            gender = r.getGender();
            birthDate = r.getBirthDate();
            registeredOn = r.getRegisteredOn();
            phone = r.getPhone();
            communityCode = r.getCommunity().getCode();
            address = r.getAddress();
            categories = r.getCategories().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }

        String keptIdNumber() {
            return kept;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }

        public String getMaskedIdNumber() {
            return maskedIdNumber;
        }

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender gender) {
            this.gender = gender;
        }

        public LocalDate getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
        }

        public LocalDate getRegisteredOn() {
            return registeredOn;
        }

        public void setRegisteredOn(LocalDate registeredOn) {
            this.registeredOn = registeredOn;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getCommunityCode() {
            return communityCode;
        }

        public void setCommunityCode(String communityCode) {
            this.communityCode = communityCode;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public List<String> getCategories() {
            return categories;
        }

        public void setCategories(List<String> categories) {
            this.categories = categories;
        }
    }
}
