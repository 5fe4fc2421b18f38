package org.shegong.platform.application.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.region.RegionRepository;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.IdNumberIndex;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentQuery;
import org.shegong.platform.domain.model.resident.ResidentRepository;

/** Registering, finding and changing the current tenant's residents (服务对象). */
@ApplicationScoped
@Transactional
public class ResidentRegistry {

    public static final String KIND = "服务对象 resident";

    @Inject
    ResidentRepository residents;

    @Inject
    RegionRepository regions;

    @Inject
    IdNumberIndex idNumberIndex;

    public Resident register(@NotNull @Valid ResidentDetails details) {
        Region community = community(details.communityCode());
        Resident resident = new Resident(details.name(), community);
        apply(resident, details, community);
        residents.store(resident);
        flush(resident);
        return resident;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Resident> find(long id) {
        return residents.find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Resident> findByIdNumber(String idNumber) {
        return residents.findByIdNumberIndex(idNumberIndex.of(IdNumber.of(idNumber)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resident> page(int first, int max) {
        return residents.page(first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resident> pageInStreets(Set<String> streetCodes, int first, int max) {
        return residents.pageInStreets(streetCodes, first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countInStreets(Set<String> streetCodes) {
        return residents.countInStreets(streetCodes);
    }

    /**
     * Searches my residents. An ID number criterion is validated first (a malformed one is a clear
     * error, not an empty result) and matched exactly through the blind index.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resident> search(ResidentSearch search, int first, int max) {
        return residents.search(query(search), first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(ResidentSearch search) {
        return residents.count(query(search));
    }

    private ResidentQuery query(ResidentSearch s) {
        String index = s.idNumber() == null || s.idNumber().isBlank() ? null : idNumberIndex.of(IdNumber.of(s.idNumber()));
        return new ResidentQuery(s.streetCodes(), s.name(), index, s.phone(), s.communityCode(), s.category(), s.sortBy(),
                s.ascending());
    }

    /** A resident of the current tenant who lives in one of the given streets. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Resident> findInStreets(long id, Set<String> streetCodes) {
        return residents.find(id).filter(r -> streetCodes.contains(r.getCommunity().getParent().getCode()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return residents.count();
    }

    /**
     * Changes a resident that the caller read at {@code readVersion}. If anyone changed it since,
     * nothing is written and {@link ConcurrentChangeException} says so.
     */
    public Resident update(long id, long readVersion, @NotNull @Valid ResidentDetails details) {
        return update(id, readVersion, details, null);
    }

    /**
     * As {@link #update(long, long, ResidentDetails)}, for a person who works in the given streets
     * only: a resident outside them is not found, and cannot be moved outside them either.
     */
    public Resident updateInStreets(long id, long readVersion, @NotNull @Valid ResidentDetails details,
                                    @NotNull Set<String> streetCodes) {
        return update(id, readVersion, details, streetCodes);
    }

    private Resident update(long id, long readVersion, ResidentDetails details, Set<String> streetCodes) {
        Resident resident = residents.find(id)
                .filter(r -> streetCodes == null || streetCodes.contains(r.getCommunity().getParent().getCode()))
                .orElseThrow(() -> new RecordNotFoundException(KIND, id));
        Region community = community(details.communityCode());
        if (streetCodes != null && !streetCodes.contains(community.getParent().getCode())) {
            throw new IllegalArgumentException("社区不在您的社工站范围内 / that community is not served by your stations");
        }
        if (resident.getVersion() != readVersion) {
            throw new ConcurrentChangeException(KIND, id);
        }
        resident.rename(details.name());
        apply(resident, details, community);
        flush(resident);
        return resident;
    }

    public void remove(long id) {
        Resident resident = residents.find(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
        residents.remove(resident);
    }

    private void apply(Resident resident, ResidentDetails details, Region community) {
        IdNumber idNumber = details.idNumber() == null || details.idNumber().isBlank()
                ? null : IdNumber.of(details.idNumber());
        resident.identify(idNumber, idNumber == null ? null : idNumberIndex.of(idNumber));
        resident.describe(details.gender(), details.birthDate(), details.phone());
        resident.moveTo(community, details.address());
        resident.categorise(details.categories());
        if (idNumber != null) {
            residents.findByIdNumberIndex(idNumberIndex.of(idNumber))
                    .filter(other -> !other.equals(resident))
                    .ifPresent(other -> {
                        throw new IllegalArgumentException("身份证号已登记（服务对象编号 " + other.getId()
                                + "） / this ID number is already registered");
                    });
        }
    }

    private Region community(String code) {
        return regions.findByCode(code)
                .filter(r -> r.getLevel() == RegionLevel.COMMUNITY)
                .orElseThrow(() -> new IllegalArgumentException("社区不存在：" + code + " / no community " + code));
    }

    /** Write now, so a lost race surfaces here as a conflict rather than at commit. */
    private void flush(Resident resident) {
        try {
            residents.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(KIND, resident.getId());
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e.getClass().getName().endsWith("OptimisticLockException")) {
                throw new ConcurrentChangeException(KIND, resident.getId());
            }
            throw e;
        }
    }
}
