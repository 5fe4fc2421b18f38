package org.shegong.platform.domain.model.project;

import java.util.List;
import java.util.Optional;

/** The current tenant's projects and their checklist items. */
public interface ProjectRepository {

    Optional<Project> find(long id);

    Optional<ChecklistItem> findItem(long id);

    List<Project> search(ProjectQuery query, int first, int max);

    long count(ProjectQuery query);

    long count();

    void store(Project project);

    /** Writes pending changes now, so ids and conflicts are known inside the service. */
    void flush();
}
