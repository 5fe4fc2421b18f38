package org.shegong.platform.application.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Collection;
import java.util.Optional;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.AuditedRead;

/**
 * Records a read of one record after the method returned it, inside the method's transaction (it runs
 * within the transaction interceptor, and after the role check: a refused call is not a read). If the
 * entry cannot be written, the exception leaves the method and the record is not handed out.
 */
@AuditedRead
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class AuditedReadInterceptor {

    @Inject
    AuditTrail audit;

    @AroundInvoke
    Object recordRead(InvocationContext call) throws Exception {
        AuditedRead read = call.getMethod().getAnnotation(AuditedRead.class);
        if (read == null) {
            read = call.getMethod().getDeclaringClass().getAnnotation(AuditedRead.class);
        }
        long id = recordId(call);
        Object result = call.proceed();
        if (found(result)) {
            audit.read(read.kind().isEmpty() ? call.getMethod().getDeclaringClass().getSimpleName() : read.kind(), id,
                    read.purpose());
        }
        return result;
    }

    private static long recordId(InvocationContext call) {
        for (Object parameter : call.getParameters()) {
            if (parameter instanceof Long id) {
                return id;
            }
        }
        throw new IllegalStateException("@AuditedRead needs the record id as a long parameter: " + call.getMethod());
    }

    private static boolean found(Object result) {
        if (result instanceof Optional<?> optional) {
            return optional.isPresent();
        }
        if (result instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        return result != null;
    }
}
