package org.newsdesk.site.cache;

import org.apache.catalina.Context;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets {@link CapturingResponse} keep what Vaadin writes. Vaadin's servlet is reached through a forward, and after
 * a forward Tomcat 11 by default looks beneath every response wrapper and finishes the container's response
 * itself, which would send an empty page before the cache could keep and send it. Without the suspension Tomcat
 * closes the outermost response instead, as the servlet specification asks, and a wrapper decides what that means.
 */
@Component
class ForwardedResponseCapture implements TomcatContextCustomizer {

    @Override
    public void customize(Context context) {
        context.setSuspendWrappedResponseAfterForward(false);
    }
}
