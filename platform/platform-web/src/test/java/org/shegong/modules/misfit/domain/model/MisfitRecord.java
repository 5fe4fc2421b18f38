package org.shegong.modules.misfit.domain.model;

import org.shegong.modules.misfit.infrastructure.MisfitStore;

/** Breaks "the domain knows no outer layer": it holds an infrastructure class. */
public class MisfitRecord {

    MisfitStore store;
}
