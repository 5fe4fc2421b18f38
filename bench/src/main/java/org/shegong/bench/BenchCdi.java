package org.shegong.bench;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * {@code CDI.current()} for the benchmarks: the platform's entity listeners ({@code AuditListener},
 * {@code TenantGuard}) look up the actor, the clock and the tenant through it, and find those of the
 * current {@link PlatformBeans.Request}. Nothing else is offered.
 */
final class BenchCdi extends CDI<Object> {

    static final BenchCdi INSTANCE = new BenchCdi();

    private BenchCdi() {
    }

    @Override
    public BeanManager getBeanManager() {
        throw new UnsupportedOperationException("no BeanManager in the benchmark");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U> Instance<U> select(Class<U> type, Annotation... qualifiers) {
        PlatformBeans.Request request = PlatformBeans.current();
        Object bean = request == null ? null : request.lookup(type);
        return (Instance<U>) Proxy.newProxyInstance(BenchCdi.class.getClassLoader(), new Class<?>[] {Instance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> {
                        if (bean == null) {
                            throw new IllegalStateException("no " + type.getName() + " in the benchmark's request");
                        }
                        yield bean;
                    }
                    case "isResolvable" -> bean != null;
                    case "isUnsatisfied" -> bean == null;
                    case "isAmbiguous" -> false;
                    case "iterator" -> bean == null ? Collections.emptyIterator() : List.of(bean).iterator();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "benchmark instance of " + type.getName();
                    default -> throw new UnsupportedOperationException("Instance." + method.getName() + " in the benchmark");
                });
    }

    @Override
    public Instance<Object> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U> Instance<U> select(TypeLiteral<U> type, Annotation... qualifiers) {
        throw new UnsupportedOperationException("select by TypeLiteral in the benchmark");
    }

    @Override
    public boolean isUnsatisfied() {
        return false;
    }

    @Override
    public boolean isAmbiguous() {
        return false;
    }

    @Override
    public void destroy(Object instance) {
    }

    @Override
    public Handle<Object> getHandle() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<Object>> handles() {
        return List.of();
    }

    @Override
    public Iterator<Object> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public Object get() {
        throw new UnsupportedOperationException();
    }
}
