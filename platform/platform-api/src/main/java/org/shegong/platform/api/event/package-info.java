/**
 * Domain events: what the platform announces so that modules can keep their own records right
 * without reaching into the platform. Plain records carrying the tenant, ids and the facts a module
 * needs — never a full ID number. The platform fires them with CDI {@code Event.fire}; a module
 * observes them with an {@code @Observes} method on one of its beans.
 *
 * <p><b>When they are delivered</b> is part of each event's contract, said on the type:
 * <ul>
 *   <li><b>Inside the transaction</b> of the change (resident events, {@link ActivityDone}): observe
 *       with a plain {@code @Observes}. The module's copy follows atomically: if the observer fails,
 *       the platform's change is rolled back with it, so the register and the module never disagree.
 *       Keep such observers small (a few updates of the module's own rows); they run in the tenant
 *       of the change, which {@code tenant()} also names.</li>
 *   <li><b>After commit</b> ({@link ModuleSwitched}, {@link ContractStarted}, {@link ContractEnded}):
 *       observe with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}. They describe the
 *       operator's set-up, written by provisioning; a module reacting to them (scheduling work,
 *       warming a summary) must not act on a change that is then rolled back, and its failure must
 *       never undo the operator's provisioning. No transaction is active then: a module that writes
 *       starts its own.</li>
 * </ul>
 */
package org.shegong.platform.api.event;
