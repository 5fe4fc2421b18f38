package org.shegong.platform.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;

class SameDeploymentTogetherTest {

    static WebArchive app(Class<?>... extra) {
        return ShrinkWrap.create(WebArchive.class, "app.war").addClass(Marker.class).addClasses(extra);
    }

    static class Marker {
    }

    static class Probe {
    }

    static class InB {
        @Deployment
        static WebArchive deployment() {
            return app();
        }
    }

    static class InA {
        @Deployment
        static WebArchive deployment() {
            return app();
        }
    }

    static class InWithProbe {
        @Deployment
        static WebArchive deployment() {
            return app(Probe.class);
        }
    }

    static class ClientA {
        @Deployment(testable = false)
        static WebArchive deployment() {
            return app();
        }
    }

    @StackOutage
    static class AnOutage {
        @Deployment(testable = false)
        static WebArchive deployment() {
            return app();
        }
    }

    static class ClientZ {
        @Deployment(testable = false)
        static WebArchive deployment() {
            return app();
        }
    }

    /** A client-side class with an archive of its own, named after the others. */
    static class ZClientWithProbe {
        @Deployment(testable = false)
        static WebArchive deployment() {
            return app(Probe.class);
        }
    }

    @Test
    void classesWithTheSameArchiveRunTogetherInContainerFirstOutagesLastInTheLastGroup() {
        List<Class<?>> order = order(AnOutage.class, ClientZ.class, InWithProbe.class, InB.class, ClientA.class, InA.class,
                ZClientWithProbe.class);
        // the outage's group (the same archive as ClientA's) comes after the other client-side group,
        // and the outage last in it: its archive is deployed once
        assertEquals(List.of(InA.class, InB.class, InWithProbe.class, ZClientWithProbe.class, ClientA.class, ClientZ.class,
                AnOutage.class), order);
    }

    @Test
    void twoArchivesAreTheSameOnlyWithTheSameEntries() {
        assertEquals(ArchiveContent.of(app()), ArchiveContent.of(app()));
        assertNotEquals(ArchiveContent.of(app()), ArchiveContent.of(app(Probe.class)));
        assertNotEquals(ArchiveContent.of(app()), ArchiveContent.of(ShrinkWrap.create(WebArchive.class, "other.war").addClass(Marker.class)));
    }

    private static List<Class<?>> order(Class<?>... classes) {
        List<ClassDescriptor> descriptors = new ArrayList<>();
        for (Class<?> c : classes) {
            descriptors.add(new Descriptor(c));
        }
        new SameDeploymentTogether().orderClasses(new ClassOrdererContext() {
            @Override
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return descriptors;
            }

            @Override
            public Optional<String> getConfigurationParameter(String key) {
                return Optional.empty();
            }
        });
        return descriptors.stream().<Class<?>>map(ClassDescriptor::getTestClass).toList();
    }

    private record Descriptor(Class<?> testClass) implements ClassDescriptor {
        @Override
        public Class<?> getTestClass() {
            return testClass;
        }

        @Override
        public String getDisplayName() {
            return testClass.getSimpleName();
        }

        @Override
        public boolean isAnnotated(Class<? extends Annotation> type) {
            return testClass.isAnnotationPresent(type);
        }

        @Override
        public <A extends Annotation> Optional<A> findAnnotation(Class<A> type) {
            return Optional.ofNullable(testClass.getAnnotation(type));
        }

        @Override
        public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> type) {
            return List.of(testClass.getAnnotationsByType(type));
        }
    }
}
