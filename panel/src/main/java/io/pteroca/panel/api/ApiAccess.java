package io.pteroca.panel.api;

import io.pteroca.panel.account.Permission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an API endpoint needs and, for admin endpoints, the staff permission of the admin page that does the
 * same (as the admin route table names it). An endpoint without it is refused: nothing is open by omission.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ApiAccess {

    ApiScope value();

    /** The staff permission admin endpoints also need; customer endpoints leave it empty. */
    Permission[] permission() default {};
}
