package org.newsdesk.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method that Vaadin calls before anything reads the state it sets, such as a view's {@code beforeEnter} or
 * {@code setParameter}, which the router calls before the view is shown. NullAway counts the fields this method
 * sets on every path as initialized, as if the constructor had set them (it recognises the simple name).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
public @interface Initializer {}
