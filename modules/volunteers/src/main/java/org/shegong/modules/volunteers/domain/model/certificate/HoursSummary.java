package org.shegong.modules.volunteers.domain.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.persistence.InstantConverter;

/**
 * The cross-operator summary of a volunteer's certified hours (志愿服务时长汇总), issued on the
 * volunteer's own request: one line per operator the person serves, that operator's confirmed
 * hours as it recorded them (谁记录谁证明 — each line names who certifies it), and the total.
 *
 * <p>Invariants: no operator's details beyond its name and minutes; at least one line; the total is
 * the sum of the lines; copied at issue and never changed.
 */
@Entity
@Table(name = "vol_hours_summary")
public class HoursSummary extends VolunteerRecord {

    /** One operator's confirmed minutes of the person, the operator by its name. */
    public record Line(String operator, long minutes) {

        public Line {
            Objects.requireNonNull(operator);
            if (operator.isBlank() || operator.contains("\t") || operator.contains("\n") || minutes < 0) {
                throw new IllegalArgumentException("an operator's line is its name and minutes: " + operator);
            }
        }

        public String hours() {
            return Hours.of(minutes);
        }
    }

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(name = "holder_name", nullable = false, length = 50, updatable = false)
    private String holderName;

    @Column(name = "holder_id_masked", nullable = false, length = 18, updatable = false)
    private String holderIdMasked;

    @Column(name = "volunteer_number", nullable = false, length = 20, updatable = false)
    private String volunteerNumber;

    /** The lines as "name TAB minutes", one per row: names are the platform's, never a tab or a newline. */
    @Column(name = "operator_lines", nullable = false, length = 4000, updatable = false)
    private String operatorLines;

    @Column(name = "total_minutes", nullable = false, updatable = false)
    private long totalMinutes;

    @Column(name = "issued_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant issuedAt;

    protected HoursSummary() {
    }

    public HoursSummary(Volunteer holder, List<Line> lines, Instant issuedAt) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a summary has at least one operator's line");
        }
        this.volunteerId = holder.getId();
        this.holderName = holder.getName();
        this.holderIdMasked = holder.getIdNumberMasked();
        this.volunteerNumber = holder.getVolunteerNumber();
        StringBuilder text = new StringBuilder();
        for (Line l : lines) {
            text.append(text.isEmpty() ? "" : "\n").append(l.operator()).append('\t').append(l.minutes());
        }
        if (text.length() > 4000) {
            throw new IllegalArgumentException("too many operators for one summary");
        }
        this.operatorLines = text.toString();
        this.totalMinutes = lines.stream().mapToLong(Line::minutes).sum();
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (String row : operatorLines.split("\n")) {
            int tab = row.lastIndexOf('\t');
            lines.add(new Line(row.substring(0, tab), Long.parseLong(row.substring(tab + 1))));
        }
        return lines;
    }

    public String totalHours() {
        return Hours.of(totalMinutes);
    }

    public long getVolunteerId() {
        return volunteerId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderIdMasked() {
        return holderIdMasked;
    }

    public String getVolunteerNumber() {
        return volunteerNumber;
    }

    public long getTotalMinutes() {
        return totalMinutes;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
