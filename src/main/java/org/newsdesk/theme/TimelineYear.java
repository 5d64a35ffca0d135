package org.newsdesk.theme;

import java.util.List;

/** The actions of one year, in their editorial order. */
public record TimelineYear(int year, List<TimelineAction> actions) {}
