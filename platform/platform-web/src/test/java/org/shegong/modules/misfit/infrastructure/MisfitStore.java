package org.shegong.modules.misfit.infrastructure;

/** Only there to be named by the domain. */
public class MisfitStore {
}
