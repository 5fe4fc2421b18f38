package org.shegong.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.shegong.devstack.EmbeddedDatabase;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.api.tenancy.CurrentTenant;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.metrics.RollUpChanges;
import org.shegong.platform.application.tenancy.CurrentActor;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.infrastructure.crypto.IdNumberCrypto;
import org.shegong.platform.infrastructure.persistence.TenantEntityManager;

/**
 * The platform's beans outside the server, for the benchmarks: its persistence unit ({@code
 * shegong}, from platform-core's persistence.xml) as a Java SE, resource-local unit on the embedded
 * database, and its application services and repositories wired by their {@code @Inject} fields,
 * as the container would. What the server adds around them and this does not: JTA (one
 * resource-local transaction per unit of work instead), CDI interceptors (no method validation, no
 * {@code @Transactional} boundaries inside the unit of work), and observers other than the
 * platform's own ({@link #OBSERVERS}).
 *
 * <p>One {@link Request} stands for one request of the server: its own tenant, EntityManager and
 * request-scoped beans. Application-scoped beans are made once, as the container makes them, and
 * reach the request's beans through client proxies ({@link #application}): making them again per
 * request charged the platform's path with the harness's own wiring (9 % of figure 3's platform
 * samples in a flight recording of 2026-12-02 evening, and an application-scoped look-up such as
 * {@code RegionNames} would have been read again on every request).
 */
public final class PlatformBeans implements AutoCloseable {

    /** The platform's observers of its own events (modules' observers are not on this class path). */
    static final List<Class<?>> OBSERVERS = List.of(RollUpChanges.class);

    private static volatile Request current;

    private final EntityManagerFactory factory;
    private final DataSource dataSource;
    private final ValidatorFactory validators;
    private final Validator validator;
    private final Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
    private final Map<Class<?>, Class<?>> implementations = new HashMap<>();
    /** The platform unit's connection and cache settings, for {@link #otherUnit}. */
    private final Map<String, Object> unitProperties;
    /** The application-scoped beans, made once. */
    private final Map<Class<?>, Object> applicationBeans = new HashMap<>();
    /** Application-scoped classes with an injection point no client proxy here can serve: made per request. */
    private final Set<Class<?>> perRequest = new HashSet<>();

    public PlatformBeans(PlatformDatabase database) {
        this.dataSource = database.dataSource();
        Map<String, Object> unit = new HashMap<>();
        unit.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        unit.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        unit.put(PersistenceUnitProperties.JDBC_DRIVER, "com.mysql.cj.jdbc.Driver");
        unit.put(PersistenceUnitProperties.JDBC_URL, database.jdbcUrl());
        unit.put(PersistenceUnitProperties.JDBC_USER, EmbeddedDatabase.USER);
        unit.put(PersistenceUnitProperties.JDBC_PASSWORD, EmbeddedDatabase.PASSWORD);
        // The server's data source caches 60 statements per connection; EclipseLink's cache stands in for it.
        unit.put(PersistenceUnitProperties.CACHE_STATEMENTS, "true");
        unit.put(PersistenceUnitProperties.CACHE_STATEMENTS_SIZE, "60");
        if (Boolean.getBoolean("bench.sql")) {
            // To see what EclipseLink sends (for EXPLAIN and for counting statements), not for timing.
            unit.put(PersistenceUnitProperties.LOGGING_LEVEL + ".sql", "FINE");
            unit.put(PersistenceUnitProperties.LOGGING_PARAMETERS, "true");
        }
        this.unitProperties = Map.copyOf(unit);
        this.factory = Persistence.createEntityManagerFactory(TenantEntityManager.UNIT, unit);
        this.validators = Validation.buildDefaultValidatorFactory();
        // One validator for every request, as the container injects one (it is thread-safe).
        this.validator = validators.getValidator();
        CDI.setCDIProvider(() -> BenchCdi.INSTANCE);
        configureIdNumberKeys();
        implement("org.shegong.platform.domain.model.resident.ResidentRepository", "infrastructure.persistence.JpaResidentRepository");
        implement("org.shegong.platform.domain.model.region.RegionRepository", "infrastructure.persistence.JpaRegionRepository");
        implement("org.shegong.platform.domain.model.activity.ActivityRepository", "infrastructure.persistence.JpaActivityRepository");
        implement("org.shegong.platform.domain.model.partner.PartnerRepository", "infrastructure.persistence.JpaPartnerRepository");
        implement("org.shegong.platform.domain.model.station.StationRepository", "infrastructure.persistence.JpaStationRepository");
        implement("org.shegong.platform.domain.model.staff.StaffRepository", "infrastructure.persistence.JpaStaffRepository");
        implement("org.shegong.platform.domain.model.contract.ContractRepository", "infrastructure.persistence.JpaContractRepository");
        implement("org.shegong.platform.domain.model.project.ProjectRepository", "infrastructure.persistence.JpaProjectRepository");
        implement("org.shegong.platform.domain.model.tenant.TenantRepository", "infrastructure.persistence.JpaTenantRegistry");
        implement("org.shegong.platform.domain.model.audit.AuditEntryRepository", "infrastructure.persistence.JpaAuditEntryRepository");
        implement("org.shegong.platform.domain.model.resident.IdNumberIndex", "infrastructure.crypto.KeyedIdNumberIndex");
        implement("org.shegong.platform.domain.model.rollup.RollUpStore", "infrastructure.persistence.JdbcRollUpStore");
        implement("org.shegong.platform.api.audit.AuditTrail", "application.audit.RecordHistory");
        implement("org.shegong.platform.application.provisioning.ProvisionedFiles", "infrastructure.persistence.JdbcProvisionedFiles");
        implement(Actor.class.getName(), "application.tenancy.CurrentActor");
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Another persistence unit of the bench's, on the same database with the same connection settings; the caller closes it. */
    public EntityManagerFactory otherUnit(String name) {
        return Persistence.createEntityManagerFactory(name, new HashMap<>(unitProperties));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A request acting for {@code tenant} (null: none, as at start-up), as the system. */
    public Request request(String tenant) {
        return new Request(tenant);
    }

    private void implement(String type, String implementation) {
        try {
            implementations.put(Class.forName(type), Class.forName("org.shegong.platform." + implementation));
        } catch (ClassNotFoundException e) {
            // A type this version of the platform does not have: nothing injects it either.
        }
    }

    /**
     * The server reads the ID number keys from MicroProfile Config, which is not on this class path:
     * the benchmark puts random keys of the same size in the one place the platform keeps them.
     */
    private static void configureIdNumberKeys() {
        byte[] encryption = new byte[32];
        byte[] index = new byte[32];
        SecureRandom random = new SecureRandom();
        random.nextBytes(encryption);
        random.nextBytes(index);
        inject(null, IdNumberCrypto.class, "configured", new IdNumberCrypto(encryption, index));
    }

    /** Sets a field the container would set (package-private {@code @Inject} or {@code @Resource}). */
    static void inject(Object target, String field, Object value) {
        inject(target, target.getClass(), field, value);
    }

    private static void inject(Object target, Class<?> type, String field, Object value) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(type + " has no field " + field);
    }

    @Override
    public void close() {
        validators.close();
        factory.close();
    }

    /** One request of the server: a tenant, its EntityManager, its beans. */
    public final class Request implements AutoCloseable {

        private final Map<Class<?>, Object> beans = new HashMap<>();
        /** Made at the first event of the request, as the container makes an observer's instance only to notify it. */
        private List<Object> observers;
        private final EntityManager entityManager;
        private final TenantContext tenantContext = new TenantContext();
        private final CurrentActor actor = new CurrentActor();

        Request(String tenant) {
            this.entityManager = tenant == null ? factory.createEntityManager()
                    : factory.createEntityManager(Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant));
            if (tenant != null) {
                tenantContext.enter(new TenantId(tenant));
            }
            actor.become(Actor.SYSTEM);
            beans.put(TenantContext.class, tenantContext);
            beans.put(CurrentActor.class, actor);
            beans.put(Clock.class, clock);
            beans.put(Validator.class, validator);
            beans.put(ValidatorFactory.class, validators);
            beans.put(TenantEntityManager.class, new RequestEntityManager(entityManager));
            current = this;
        }

        /** The bean of this type, made with its injected fields on first use. */
        public <T> T get(Class<T> type) {
            Object bean = beans.get(type);
            if (bean == null) {
                bean = make(type);
            }
            return type.cast(bean);
        }

        public EntityManager entityManager() {
            return entityManager;
        }

        /** Runs the work in one transaction, as a {@code @Transactional} service method would. */
        public <T> T inTransaction(Supplier<T> work) {
            current = this;
            entityManager.getTransaction().begin();
            try {
                T result = work.get();
                entityManager.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().rollback();
                }
                throw e;
            }
        }

        /** What {@code CDI.current().select(type)} finds during this request (entity listeners use it). */
        Object lookup(Class<?> type) {
            if (type == CurrentTenant.class) {
                return tenantContext;
            }
            if (type == Actor.class) {
                return actor;
            }
            return beans.get(type);
        }

        private Object make(Class<?> type) {
            Class<?> concrete = implementations.getOrDefault(type, type);
            if (concrete.isInterface() || Modifier.isAbstract(concrete.getModifiers())) {
                throw new IllegalStateException("no implementation of " + type.getName() + " is wired for the benchmark");
            }
            Object existing = beans.get(concrete);
            if (existing != null) {
                beans.put(type, existing);
                return existing;
            }
            if (concrete.isAnnotationPresent(ApplicationScoped.class)) {
                Object shared = application(concrete);
                if (shared != null) {
                    beans.put(type, shared);
                    beans.put(concrete, shared);
                    return shared;
                }
            }
            return WIRING.get(concrete).make(this::valueFor, bean -> {
                beans.put(type, bean);
                beans.put(concrete, bean);
            });
        }

        private Object valueFor(Field field) {
            if (field.isAnnotationPresent(PersistenceContext.class)) {
                return entityManager;
            }
            if (field.isAnnotationPresent(Resource.class)) {
                return field.getType() == DataSource.class ? dataSource : null;
            }
            if (!field.isAnnotationPresent(Inject.class)) {
                return null;
            }
            Class<?> type = field.getType();
            if (type == Event.class) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Event.class}, (p, m, args) -> {
                    if (m.getName().equals("fire")) {
                        fire(args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException("Event." + m.getName() + " in the benchmark");
                });
            }
            if (type == Instance.class) {
                return noModules();
            }
            return get(type);
        }

        /** Synchronous CDI events: every observer method whose parameter takes the event, in this thread. */
        private void fire(Object event) {
            if (observers == null) {
                observers = new ArrayList<>();
                for (Class<?> observer : OBSERVERS) {
                    observers.add(get(observer));
                }
            }
            for (Object observer : observers) {
                for (Method method : WIRING.get(observer.getClass()).observers) {
                    if (method.getParameterTypes()[0].isInstance(event)) {
                        try {
                            method.invoke(observer, event);
                        } catch (InvocationTargetException e) {
                            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }

        @Override
        public void close() {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
            if (current == this) {
                current = null;
            }
        }
    }

    /**
     * What the container learns once per bean class and reuses for every instance (as Weld does):
     * its constructor, injection points, {@code @PostConstruct} methods (superclass first) and observer
     * methods. Reflecting on each class again for every request charged the platform's path with the
     * harness's own work (a flight recording of figure 3 showed {@code getDeclaredMethods} copies).
     */
    private static final class Wiring {
        final Constructor<?> constructor;
        final List<Field> fields = new ArrayList<>();
        final List<Method> postConstruct = new ArrayList<>();
        final List<Method> observers = new ArrayList<>();

        /**
         * A new bean: registered by {@code register} before its fields are set (a cycle finds it), each
         * field from {@code valueFor} (null: left alone), then its {@code @PostConstruct}; null as soon as
         * {@code valueFor} answers {@link #UNSERVED}.
         */
        Object make(Function<Field, Object> valueFor, Consumer<Object> register) {
            try {
                Object bean = constructor.newInstance();
                register.accept(bean);
                for (Field field : fields) {
                    Object value = valueFor.apply(field);
                    if (value == UNSERVED) {
                        return null;
                    }
                    if (value != null) {
                        field.set(bean, value);
                    }
                }
                for (Method method : postConstruct) {
                    method.invoke(bean);
                }
                return bean;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make " + constructor.getDeclaringClass().getName(), e);
            }
        }

        Wiring(Class<?> type) {
            Constructor<?> c;
            try {
                c = type.getDeclaredConstructor();
                c.setAccessible(true);
            } catch (NoSuchMethodException | RuntimeException e) {
                c = null; // not a bean the harness makes (only its observer methods are used)
            }
            this.constructor = c;
            List<Class<?>> hierarchy = new ArrayList<>();
            for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
                hierarchy.add(0, k);
            }
            for (Class<?> k : hierarchy) {
                for (Field field : k.getDeclaredFields()) {
                    if (field.isAnnotationPresent(PersistenceContext.class) || field.isAnnotationPresent(Resource.class)
                            || field.isAnnotationPresent(Inject.class)) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
                for (Method method : k.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(jakarta.annotation.PostConstruct.class)) {
                        method.setAccessible(true);
                        postConstruct.add(method);
                    }
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                Parameter[] parameters = method.getParameters();
                if (parameters.length == 1 && parameters[0].isAnnotationPresent(Observes.class)) {
                    method.setAccessible(true);
                    observers.add(method);
                }
            }
        }
    }

    private static final ClassValue<Wiring> WIRING = new ClassValue<>() {
        @Override
        protected Wiring computeValue(Class<?> type) {
            return new Wiring(type);
        }
    };

    static Request current() {
        return current;
    }

    private static Request requireCurrent() {
        Request request = current;
        if (request == null) {
            throw new IllegalStateException("an application-scoped bean was used outside a request of the benchmark");
        }
        return request;
    }

    /**
     * The application-scoped bean of this class, made on first use with client proxies for what is
     * request-scoped (the request's EntityManager, tenant, actor, identity, and interfaces implemented
     * by request-scoped beans), as the container injects them; null if one of its injection points
     * has no such proxy here (it is then made per request, as before).
     */
    private Object application(Class<?> concrete) {
        Object bean = applicationBeans.get(concrete);
        if (bean != null || perRequest.contains(concrete)) {
            return bean;
        }
        Wiring wiring = WIRING.get(concrete);
        if (wiring.constructor == null) {
            perRequest.add(concrete);
            return null;
        }
        bean = wiring.make(this::sharedValueFor, made -> applicationBeans.put(concrete, made));
        if (bean == null) {
            applicationBeans.remove(concrete);
            perRequest.add(concrete);
        }
        return bean;
    }

    private static final Object UNSERVED = new Object();

    /** Only the module registry injects an {@code Instance} (of the discovered modules): none on this class path. */
    private static Object noModules() {
        return Proxy.newProxyInstance(PlatformBeans.class.getClassLoader(), new Class<?>[] {Instance.class}, (p, m, args) ->
                switch (m.getName()) {
                    case "iterator" -> Collections.emptyIterator();
                    case "stream" -> Stream.empty();
                    case "isUnsatisfied" -> true;
                    case "isAmbiguous", "isResolvable" -> false;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    case "toString" -> "no modules";
                    default -> throw new UnsupportedOperationException("Instance." + m.getName() + " in the benchmark");
                });
    }

    private Object sharedValueFor(Field field) {
        if (field.isAnnotationPresent(PersistenceContext.class)) {
            return proxy(EntityManager.class, () -> requireCurrent().entityManager);
        }
        if (field.isAnnotationPresent(Resource.class)) {
            return field.getType() == DataSource.class ? dataSource : null;
        }
        if (!field.isAnnotationPresent(Inject.class)) {
            return null;
        }
        Class<?> type = field.getType();
        if (type == Event.class) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Event.class}, (p, m, args) -> {
                if (m.getName().equals("fire")) {
                    requireCurrent().fire(args[0]);
                    return null;
                }
                throw new UnsupportedOperationException("Event." + m.getName() + " in the benchmark");
            });
        }
        if (type == Instance.class) {
            return noModules();
        }
        if (type == Clock.class) {
            return clock;
        }
        if (type == Validator.class) {
            return validator;
        }
        if (type == TenantEntityManager.class) {
            return new CurrentRequestEntityManager();
        }
        if (type == TenantContext.class) {
            return new CurrentTenantContext();
        }
        if (type == CurrentActor.class) {
            return new CurrentRequestActor();
        }
        if (type == CurrentIdentity.class) {
            return new CurrentRequestIdentity();
        }
        Class<?> concrete = implementations.getOrDefault(type, type);
        if (concrete.isAnnotationPresent(ApplicationScoped.class)) {
            Object shared = application(concrete);
            if (shared != null) {
                return shared;
            }
        }
        if (type.isInterface()) {
            return proxy(type, () -> requireCurrent().get(type));
        }
        return UNSERVED;
    }

    /** A client proxy: every call goes to the current request's instance. */
    private static Object proxy(Class<?> type, Supplier<Object> target) {
        return Proxy.newProxyInstance(PlatformBeans.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            switch (m.getName()) {
                case "hashCode":
                    if (m.getParameterCount() == 0) {
                        return System.identityHashCode(p);
                    }
                    break;
                case "equals":
                    if (m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class) {
                        return p == args[0];
                    }
                    break;
                case "toString":
                    if (m.getParameterCount() == 0) {
                        return "client proxy of " + type.getName();
                    }
                    break;
                default:
                    break;
            }
            try {
                return m.invoke(target.get(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** The current request's tenant, for application-scoped beans. */
    static final class CurrentTenantContext extends TenantContext {
        @Override
        public void enter(TenantId tenant) {
            requireCurrent().tenantContext.enter(tenant);
        }

        @Override
        public java.util.Optional<TenantId> current() {
            return requireCurrent().tenantContext.current();
        }

        @Override
        public TenantId require() {
            return requireCurrent().tenantContext.require();
        }
    }

    /** The current request's actor, for application-scoped beans. */
    static final class CurrentRequestActor extends CurrentActor {
        @Override
        public void become(String name) {
            requireCurrent().actor.become(name);
        }

        @Override
        public String name() {
            return requireCurrent().actor.name();
        }
    }

    /** The current request's identity, for application-scoped beans. */
    static final class CurrentRequestIdentity extends CurrentIdentity {
        @Override
        public void set(Identity identity) {
            requireCurrent().get(CurrentIdentity.class).set(identity);
        }

        @Override
        public java.util.Optional<Identity> get() {
            return requireCurrent().get(CurrentIdentity.class).get();
        }

        @Override
        public Identity require() {
            return requireCurrent().get(CurrentIdentity.class).require();
        }
    }

    /** The current request's EntityManager, for application-scoped repositories. */
    static final class CurrentRequestEntityManager extends TenantEntityManager {
        @Override
        public EntityManager get() {
            return requireCurrent().entityManager;
        }

        @Override
        public EntityManager of(EntityManagerFactory unit) {
            return requireCurrent().entityManager;
        }
    }

    /** The request's EntityManager where the platform asks {@link TenantEntityManager} for it. */
    static final class RequestEntityManager extends TenantEntityManager {

        private final EntityManager entityManager;

        RequestEntityManager(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public EntityManager get() {
            return entityManager;
        }

        @Override
        public EntityManager of(EntityManagerFactory unit) {
            return entityManager;
        }
    }
}
