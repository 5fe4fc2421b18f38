package org.shegong.platform.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.application.audit.ReadLog;
import org.shegong.platform.application.audit.ReadLog.Reader;

/**
 * 查阅记录: an operator admin sees who of the operator read which personal data, filtered by person,
 * record kind and period (days in the stations' zone), people by name.
 */
@Named
@ViewScoped
public class OperatorReads implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadLog log;

    @Inject
    AuditLabels labels;

    @Inject
    People people;

    @Inject
    Labels texts;

    /** Each record's label once per view and language (a page of reads names the same records again and again). */
    private final Map<String, String> recordLabels = new java.util.HashMap<>();

    private ReadsModel reads;
    private List<Reader> readers;
    private Map<String, String> names;
    private List<String> recordKinds;

    private String reader;
    private String recordKind;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        reads = new ReadsModel(log);
        readers = log.readers();
        names = readers.stream().collect(Collectors.toMap(Reader::login, Reader::name, (a, b) -> a));
        recordKinds = log.recordKinds();
    }

    /** Applies the filters; a period that ends before it starts is refused with its reason. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.error(Messages.text("reads.badPeriod"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        reads.filterBy(new ReadQuery(blankToNull(recordKind), null, blankToNull(reader), startOf(from),
                to == null ? null : startOf(to.plusDays(1))));
    }

    public void clear() {
        reader = recordKind = null;
        from = to = null;
        reads.filterBy(ReadQuery.all());
    }

    /**
     * The person's name; {@code system} by its label; anyone not on the staff list (a volunteer, whose
     * login showed here) as {@link People} names them.
     */
    public String nameOf(AuditRecord read) {
        if (Actor.SYSTEM.equals(read.actor())) {
            return Messages.text("reads.system");
        }
        String name = names.get(read.actor());
        return name != null && !name.equals(read.actor()) ? name : people.name(read.actor());
    }

    /**
     * "服务对象 · 张**", "儿童个案 · 老军营街道社工站 · 2026-11-03 接案" (as the record's owner names it, {@link ReadLog#labelOf}),
     * or for a list or an export "服务对象 · 35 行"; never the internal id, which tells nobody anything.
     */
    public String recordOf(AuditRecord read) {
        String kind = labels.kind(read.recordKind());
        if (read.recordId() == 0) {
            return kind + " · " + read.rows() + " " + Messages.text("reads.rows");
        }
        String label = recordLabels.computeIfAbsent(ModuleTexts.locale() + ":" + read.recordKind() + ":" + read.recordId(),
                key -> log.labelOf(read).map(texts::text).orElse(""));
        return label.isEmpty() ? kind : kind + " · " + label;
    }

    /** The start of a day in the stations' zone. */
    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(labels.zone()).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public ReadsModel getReads() {
        return reads;
    }

    public List<Reader> getReaders() {
        return readers;
    }

    public List<String> getRecordKinds() {
        return recordKinds;
    }

    public String getReader() {
        return reader;
    }

    public void setReader(String reader) {
        this.reader = reader;
    }

    public String getRecordKind() {
        return recordKind;
    }

    public void setRecordKind(String recordKind) {
        this.recordKind = recordKind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
