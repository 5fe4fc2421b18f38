package org.shegong.platform.api.audit;

import java.util.Optional;

/**
 * What a person would recognise a record by where the audit trail is listed (the operator's 查阅记录), in
 * place of its internal id, which tells nobody anything ("儿童个案 #3"). The platform cannot know a module's
 * records: each module names its own kinds ({@code <module>.<name>}), as a CDI bean of this type.
 *
 * <p>A label carries no personal data beyond what its reader — the operator's admin, who may see no station's
 * children — may have: a child's case by its station and the day it was opened, never the child's name; a
 * person by a masked name ({@link org.shegong.platform.api.directory.NameMask}). Answered inside the current
 * operator only, so another operator's record of the same id has no label here.
 */
public interface RecordLabels {

    /**
     * The record's label, written with {@link Said} (a bundle phrase with the record's values) so each reader
     * reads it in their language; empty for a kind that is not this module's, or a record of none of the current
     * operator's (the page then shows the kind alone).
     */
    Optional<String> label(String recordKind, long recordId);
}
