package org.newsdesk.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Editors, administrators and translators may call this service or method. What it changes in a language version
 * it checks against the caller's {@link EditingRights} itself: the role alone lets a translator read, not write.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('" + Roles.EDITOR + "', '" + Roles.ADMIN + "', '" + Roles.TRANSLATOR + "')")
public @interface EditorsAndTranslators {}
