package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRepository;

@ApplicationScoped
public class JpaStaffRepository extends JpaTenantRepository<StaffMember> implements StaffRepository {

    public JpaStaffRepository() {
        super(StaffMember.class);
    }

    @Override
    public Optional<StaffMember> findByName(String name) {
        return single(em().createQuery("select s from StaffMember s where s.name = :name", StaffMember.class)
                .setParameter("name", name).getResultList());
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return single(em().createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username).getResultList());
    }
}
