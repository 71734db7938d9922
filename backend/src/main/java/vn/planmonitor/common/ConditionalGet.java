package vn.planmonitor.common;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET that other systems poll: its JSON answer gets an {@code ETag} and a matching {@code If-None-Match}
 * answers 304 ({@link ConditionalGets}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ConditionalGet {
}
