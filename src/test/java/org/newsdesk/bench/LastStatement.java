package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Remembers the SQL a repository last sent, with its values inlined, so that the benchmark can EXPLAIN exactly
 * the query the application runs rather than a hand-written copy that could drift from it.
 */
@Configuration(proxyBeanMethods = false)
class LastStatement implements ExecuteListener {

    /** Set only while {@link #all} runs, so that the timed runs pay nothing for rendering. */
    private static final ThreadLocal<List<String>> CAPTURE = new ThreadLocal<>();

    @Bean
    ExecuteListenerProvider lastStatementListener() {
        return () -> this;
    }

    @Override
    public void renderEnd(ExecuteContext context) {
        var capture = CAPTURE.get();
        if (capture != null && context.query() != null) {
            capture.add(context.dsl().renderInlined(context.query()));
        }
    }

    /** The SQL of the last query that the action ran on this thread. */
    static String of(Runnable action) {
        return all(action).getLast();
    }

    /** The SQL of every query that the action ran on this thread, in order. */
    static List<String> all(Runnable action) {
        var capture = new ArrayList<String>();
        CAPTURE.set(capture);
        try {
            action.run();
        } finally {
            CAPTURE.remove();
        }
        return capture;
    }
}
