package org.shegong.platform.it.container;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.shegong.platform.it.ShegongDeployment;

/**
 * The integration-test classes in the order that lets {@link KeptDeployment} deploy each archive
 * once: classes whose {@code @Deployment} gives the same archive run one after another. In-container
 * groups first, then client-side ones; the classes marked {@link StackOutage} (they stop the database
 * or Keycloak for a while) last in their group, and their group last, so that no other test sees
 * what an outage leaves behind. Groups by their first class's name, classes by name within a group,
 * so a run's order is the same every time.
 *
 * <p>It first tells {@link ShegongDeployment} which classes the run has: an in-container archive
 * holds all of them, which is what makes the archives of two in-container classes the same.
 */
public class SameDeploymentTogether implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<? extends ClassDescriptor> classes = context.getClassDescriptors();
        ShegongDeployment.runHas(classes.stream().<Class<?>>map(ClassDescriptor::getTestClass).toList());
        Map<Class<?>, String> content = new HashMap<>();
        Map<String, String> groupName = new HashMap<>();
        for (ClassDescriptor d : classes.stream().sorted(Comparator.comparing(d -> d.getTestClass().getName())).toList()) {
            String c = content(d.getTestClass());
            content.put(d.getTestClass(), c);
            groupName.putIfAbsent(c, d.getTestClass().getName());
        }
        java.util.Set<String> withOutage = new java.util.HashSet<>();
        content.forEach((c, archive) -> {
            if (isOutage(c)) {
                withOutage.add(archive);
            }
        });
        classes.sort(Comparator.comparingInt((ClassDescriptor d) -> isClientSide(d.getTestClass()) ? 1 : 0)
                .thenComparing(d -> withOutage.contains(content.get(d.getTestClass())))
                .thenComparing(d -> groupName.get(content.get(d.getTestClass())))
                .thenComparing(d -> isOutage(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    private static boolean isOutage(Class<?> testClass) {
        return testClass.isAnnotationPresent(StackOutage.class);
    }

    private static boolean isClientSide(Class<?> testClass) {
        Method m = deploymentMethod(testClass);
        return m != null && !m.getAnnotation(Deployment.class).testable();
    }

    /** What the class's archive holds; the class's own name when it has none or it cannot be built here. */
    private static String content(Class<?> testClass) {
        Method m = deploymentMethod(testClass);
        if (m == null) {
            return testClass.getName();
        }
        try {
            m.setAccessible(true);
            return (m.getAnnotation(Deployment.class).testable() ? "in:" : "client:") + ArchiveContent.of((Archive<?>) m.invoke(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return testClass.getName();
        }
    }

    private static Method deploymentMethod(Class<?> testClass) {
        for (Method m : testClass.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Deployment.class) && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
                return m;
            }
        }
        return null;
    }
}
