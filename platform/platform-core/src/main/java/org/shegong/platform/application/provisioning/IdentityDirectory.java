package org.shegong.platform.application.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.shegong.platform.application.staff.LoginsSeen;

/**
 * Where the people of an operator get their logins: the identity provider. Provisioning hands it
 * each applied operator; it creates or updates the operator's organization and one account per
 * staff member who has a username — never deletes one.
 */
public interface IdentityDirectory {

    /** False when no identity provider is configured for provisioning; nothing is then sent. */
    boolean isConfigured();

    void applyOperator(OperatorDescriptor operator);

    /**
     * Every operator of one provisioning pass, at start. A directory may read what it holds in a few
     * bulk calls and send only what differs, so a start with a thousand operators in step costs a
     * handful of calls rather than several per operator. Returns one problem per operator whose logins
     * were not written, as {@code "file: reason"}; one operator's failure does not stop the others.
     */
    default List<String> applyOperators(List<OperatorDescriptor> operators) {
        List<String> problems = new ArrayList<>();
        for (OperatorDescriptor operator : operators) {
            try {
                applyOperator(operator);
            } catch (RuntimeException e) {
                problems.add(operator.file() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * {@link #applyOperators(List)}, handing what it read of the accounts to {@code seen} once, before
     * it writes anything: the start corrects the portal's record of each operator's logins from it
     * ({@link org.shegong.platform.application.staff.LoginReconciliation}) without asking again per
     * account. A directory that reads nothing in bulk hands nothing.
     */
    default List<String> applyOperators(List<OperatorDescriptor> operators, Consumer<LoginsSeen> seen) {
        return applyOperators(operators);
    }
}
