/**
 * A deliberately badly built "module" in test sources only: each class breaks one layer rule, so
 * {@code LayerRulesCatchTest} can show that the rules catch it. Never deployed, never imported by
 * {@code ArchitectureTest}.
 */
package org.shegong.modules.misfit;
