package org.newsdesk.bench;

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

    /** Set only while {@link #of} runs, so that the timed runs pay nothing for rendering. */
    private static final ThreadLocal<String[]> CAPTURE = new ThreadLocal<>();

    @Bean
    ExecuteListenerProvider lastStatementListener() {
        return () -> this;
    }

    @Override
    public void renderEnd(ExecuteContext context) {
        var capture = CAPTURE.get();
        if (capture != null && context.query() != null) {
            capture[0] = context.dsl().renderInlined(context.query());
        }
    }

    /** The SQL of the last query that the action ran on this thread. */
    static String of(Runnable action) {
        var capture = new String[1];
        CAPTURE.set(capture);
        try {
            action.run();
        } finally {
            CAPTURE.remove();
        }
        return capture[0];
    }
}
