package org.shegong.platform.application.provisioning;

/**
 * Where the people of an operator get their logins: the identity provider. Provisioning hands it
 * each applied operator; it creates or updates the operator's organization and one account per
 * staff member who has a username — never deletes one.
 */
public interface IdentityDirectory {

    /** False when no identity provider is configured for provisioning; nothing is then sent. */
    boolean isConfigured();

    void applyOperator(OperatorDescriptor operator);
}
