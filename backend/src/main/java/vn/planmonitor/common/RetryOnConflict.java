package vn.planmonitor.common;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated transactional method again, a bounded number of times, when its transaction lost
 * a write conflict ({@link WriteConflict}) — on a multi-primary Galera cluster two nodes may accept
 * writes to the same hot row (a progress summary) at once, and one of them must be redone.
 * <p>
 * Only for methods whose whole effect is their own transaction: retrying must not repeat anything done
 * outside the database (a mail sent, a file written). The retry happens outside the transaction
 * ({@link ConflictRetry} runs before {@code @Transactional}), and only for the outermost call.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnConflict {
}
