package com.marketplace.platform.transaction;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an enterprise bean whose business methods are the outermost transaction of a request: each
 * call that arrives without a transaction runs in a new one, and runs again in a fresh one when it
 * lost a race ({@link LostRaces}), so a double click, a retry or a concurrent writer never reaches
 * the user as an error. The bean declares {@code @TransactionAttribute(SUPPORTS)} so that the
 * container leaves the transaction to {@link LostRaceRetry}; a call made inside a caller's
 * transaction simply joins it, and methods declared {@code NOT_SUPPORTED} run without one.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Boundary {

  /** The binding as a value, for the extension that checks how boundaries are declared. */
  final class Literal extends jakarta.enterprise.util.AnnotationLiteral<Boundary>
      implements Boundary {
    public static final Literal INSTANCE = new Literal();
    private static final long serialVersionUID = 1L;
  }
}
