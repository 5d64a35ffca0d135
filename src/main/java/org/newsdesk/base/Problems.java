package org.newsdesk.base;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every problem of a change before refusing it, so that the editor learns them all at once. */
public final class Problems {

    private final Map<String, Problem> found = new LinkedHashMap<>();

    /** The first problem of a field is the one shown. */
    public void add(String field, String messageKey, Object... arguments) {
        found.putIfAbsent(field, Problem.of(messageKey, arguments));
    }

    public boolean has(String field) {
        return found.containsKey(field);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @throws Rejected with everything found, if anything was */
    public void rejectIfAny() {
        if (!found.isEmpty()) {
            throw new Rejected(found);
        }
    }
}
