package org.shegong.modules.volunteers.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.ShiftRepository;
import org.shegong.modules.volunteers.domain.model.shift.SignUp;

@ApplicationScoped
public class JpaShiftRepository implements ShiftRepository {

    @Inject
    VolunteersUnit unit;

    @Override
    public Optional<Shift> find(long id) {
        return Optional.ofNullable(unit.em().find(Shift.class, id));
    }

    @Override
    public Optional<Shift> lock(long id) {
        return unit.em().createQuery("select s from Shift s where s.id = :id", Shift.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Shift> upcoming(Set<String> streetCodes, Instant from, int max) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select s from Shift s where s.streetCode in :s and s.endsAt > :from order by s.startsAt, s.id",
                Shift.class).setParameter("s", streetCodes).setParameter("from", from).setMaxResults(max).getResultList();
    }

    @Override
    public List<SignUp> signUpsOf(long shiftId) {
        return unit.em().createQuery("select u from SignUp u where u.shiftId = :s order by u.queuePosition, u.id", SignUp.class)
                .setParameter("s", shiftId).getResultList();
    }

    @Override
    public Optional<SignUp> signUp(long shiftId, long volunteerId) {
        return unit.em().createQuery("select u from SignUp u where u.shiftId = :s and u.volunteerId = :v", SignUp.class)
                .setParameter("s", shiftId).setParameter("v", volunteerId).getResultStream().findFirst();
    }

    @Override
    public List<SignUp> signUpsOfVolunteer(long volunteerId) {
        return unit.em().createQuery("select u from SignUp u where u.volunteerId = :v order by u.id desc", SignUp.class)
                .setParameter("v", volunteerId).getResultList();
    }

    @Override
    public void store(Shift shift) {
        unit.persist(shift, shift.getId());
    }

    @Override
    public void store(SignUp signUp) {
        unit.persist(signUp, signUp.getId());
    }
}
