package org.shegong.platform.application.identity;

/**
 * Asks the identity provider for an account's standing now. Never throws for an unreachable
 * provider: that is {@link AccountStanding.Unknown}, which keeps sessions as they are.
 */
public interface AccountLookup {

    AccountStanding standingOf(String username);
}
