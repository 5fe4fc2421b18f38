package org.shegong.platform.domain.model.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.domain.model.station.Station;

/**
 * A person the operator employs at a station.
 *
 * <p>Invariant: a certified member has a certificate number; an uncertified one has none.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends TenantOwnedEntity {

    @Column(nullable = false, length = 50)
    private String name;

    @Column(length = 100)
    private String username;

    /**
     * Disabled by the operator admin (a leaver); the identity provider is told the same. Where the two
     * disagree the provider wins: it is what lets the person sign in ({@link #correctLoginFrom}).
     */
    @Column(name = "login_disabled", nullable = false)
    private boolean loginDisabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffRole role;

    @ManyToOne
    @JoinColumn(name = "station_id")
    private Station station;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_level", nullable = false, length = 20)
    private CertificateLevel certificateLevel = CertificateLevel.NONE;

    @Column(name = "certificate_number", length = 40)
    private String certificateNumber;

    @Column(length = 30)
    private String phone;

    protected StaffMember() {
    }

    public StaffMember(String name, StaffRole role, Station station) {
        rename(name);
        assign(role, station);
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a staff member needs a name");
        }
        this.name = name.strip();
    }

    public void assign(StaffRole role, Station station) {
        this.role = Objects.requireNonNull(role, "role");
        if (role != StaffRole.OPERATOR_ADMIN && station == null) {
            throw new IllegalArgumentException("a " + role + " works at a station");
        }
        if (this.station == null || !this.station.isSame(station)) {
            this.station = station;
        }
    }

    /** Where the login stands: none yet, in use, or disabled (shown by its label, never as a flag). */
    public LoginState getLoginState() {
        if (username == null || username.isBlank()) {
            return LoginState.NONE;
        }
        return loginDisabled ? LoginState.DISABLED : LoginState.ACTIVE;
    }

    /**
     * Where the login stands once the identity provider is heard: a username without an account
     * there is no login ({@link LoginState#NONE}), whatever the record says; otherwise the provider's
     * enabled flag, which {@link #correctLoginFrom} also writes to the record.
     */
    public LoginState loginStateAt(ProviderLogin account) {
        if (getLoginState() == LoginState.NONE || account == ProviderLogin.ABSENT) {
            return LoginState.NONE;
        }
        return account == ProviderLogin.ENABLED ? LoginState.ACTIVE : LoginState.DISABLED;
    }

    /**
     * Makes the record say what the identity provider holds (disabled or enabled in Keycloak's own
     * console, before the portal recorded it, or a change that failed half-way). Answers the state
     * it was corrected to, or empty when there was nothing to correct: no username, no account there
     * (nothing is stored for that), or the two agree.
     */
    public Optional<LoginState> correctLoginFrom(ProviderLogin account) {
        LoginState atProvider = loginStateAt(account);
        if (atProvider == LoginState.NONE || atProvider == getLoginState()) {
            return Optional.empty();
        }
        loginDisabled = atProvider == LoginState.DISABLED;
        return Optional.of(atProvider);
    }

    /** The login is disabled (the person left); refused when there is none or it is disabled already. */
    public void disableLogin() {
        if (getLoginState() != LoginState.ACTIVE) {
            throw new org.shegong.platform.api.records.Refusal(
                    getLoginState() == LoginState.NONE ? "staff.refused.noLogin" : "staff.refused.loginDisabledAlready", username);
        }
        loginDisabled = true;
    }

    /** A disabled login is in use again (the person came back); refused when it is not disabled. */
    public void enableLogin() {
        if (getLoginState() != LoginState.DISABLED) {
            throw new org.shegong.platform.api.records.Refusal(
                    getLoginState() == LoginState.NONE ? "staff.refused.noLogin" : "staff.refused.loginInUse", username);
        }
        loginDisabled = false;
    }

    /**
     * The login's account is made again under the same username (it was deleted at the identity provider):
     * a new account is enabled, so the record says in use; refused when there is no username to make it for.
     */
    public void loginRecreated() {
        if (getLoginState() == LoginState.NONE) {
            throw new org.shegong.platform.api.records.Refusal("staff.refused.noLogin", username);
        }
        loginDisabled = false;
    }

    public void certify(CertificateLevel level, String number) {
        Objects.requireNonNull(level, "certificate level");
        boolean hasNumber = number != null && !number.isBlank();
        if (level.isCertified() != hasNumber) {
            throw new IllegalArgumentException(level.isCertified()
                    ? "a certified social worker has a certificate number"
                    : "a certificate number needs a certificate level");
        }
        this.certificateLevel = level;
        this.certificateNumber = hasNumber ? number.strip() : null;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    public StaffRole getRole() {
        return role;
    }

    public Station getStation() {
        return station;
    }

    public CertificateLevel getCertificateLevel() {
        return certificateLevel;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getPhone() {
        return phone;
    }
}
