package org.shegong.platform.application.staff;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.staff.ProviderLogin;

/**
 * The accounts one read of the identity provider saw: by username, each with its operator (the
 * {@code tenant} attribute) and whether it may sign in. {@code asked} names the usernames the read
 * looked for, or is null when it read every account there is (the realm's, or an operator's own):
 * only then does a username it did not see have no account.
 */
public record LoginsSeen(Map<String, Account> accounts, Set<String> asked) {

    /** One account: the operator it belongs to (null when it carries no single one) and its enabled flag. */
    public record Account(String tenant, boolean enabled) {
    }

    public LoginsSeen {
        Map<String, Account> byName = new HashMap<>();
        accounts.forEach((username, account) -> byName.put(username.toLowerCase(Locale.ROOT), account));
        accounts = Map.copyOf(byName);
        asked = asked == null ? null : asked.stream().map(u -> u.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Every account there is was read. */
    public static LoginsSeen whole(Map<String, Account> accounts) {
        return new LoginsSeen(accounts, null);
    }

    /**
     * What the provider holds for this operator's username: an account of another operator under it
     * is no login of this one (tenant isolation: its state is never copied across); empty when the
     * read did not look for it, and then nothing is decided.
     */
    public Optional<ProviderLogin> of(TenantId tenant, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String name = username.toLowerCase(Locale.ROOT);
        Account account = accounts.get(name);
        if (account == null) {
            return asked == null || asked.contains(name) ? Optional.of(ProviderLogin.ABSENT) : Optional.empty();
        }
        if (!tenant.value().equals(account.tenant())) {
            return Optional.of(ProviderLogin.ABSENT);
        }
        return Optional.of(account.enabled() ? ProviderLogin.ENABLED : ProviderLogin.DISABLED);
    }
}
