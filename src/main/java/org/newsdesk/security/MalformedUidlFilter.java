package org.newsdesk.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.vaadin.flow.shared.JsonConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 400 to a Vaadin request that Vaadin's own client could never have sent: a UI id that is not a number, or a
 * message (a POST with {@code v-r=uidl}) that is not JSON, lacks the fields every message has (token, sync id, RPC
 * list) or holds an RPC of a type Vaadin does not know. Vaadin itself would fail on such a message with an exception it logs as an ERROR, so anyone could fill the
 * log with alarms. Well-formed messages go on to Vaadin unchanged, which checks their token and content itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedUidlFilter extends OncePerRequestFilter {

    private static final Set<String> RPC_TYPES = Set.of(
            JsonConstants.RPC_TYPE_EVENT,
            JsonConstants.RPC_TYPE_NAVIGATION,
            JsonConstants.RPC_TYPE_MAP_SYNC,
            JsonConstants.RPC_PUBLISHED_SERVER_EVENT_HANDLER,
            JsonConstants.RPC_ATTACH_EXISTING_ELEMENT,
            JsonConstants.RPC_ATTACH_EXISTING_ELEMENT_BY_ID,
            JsonConstants.RPC_TYPE_CHANNEL);

    /** Vaadin reads the UI id as a number and fails with an error in its log on anything else. */
    private static final Pattern UI_ID = Pattern.compile("v-uiId=[0-9]{1,9}");

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return parameters(request).stream().noneMatch(parameter -> parameter.startsWith("v-r="));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var parameters = parameters(request);
        var uiIds = parameters.stream()
                .filter(parameter -> parameter.startsWith("v-uiId="))
                .toList();
        if (!uiIds.stream().allMatch(uiId -> UI_ID.matcher(uiId).matches())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!"POST".equals(request.getMethod()) || !parameters.contains("v-r=uidl")) {
            chain.doFilter(request, response);
            return;
        }
        var body = request.getInputStream().readAllBytes();
        if (!wellFormed(body)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** From the query string alone: asking the request for its parameters would read a form body. */
    private static List<String> parameters(HttpServletRequest request) {
        var query = request.getQueryString();
        return query == null ? List.of() : List.of(query.split("&"));
    }

    private boolean wellFormed(byte[] body) {
        JsonNode message;
        try {
            message = json.readTree(body);
        } catch (JacksonException notJson) {
            return false;
        }
        if (message == null || !message.isObject()) {
            return false;
        }
        var rpc = message.get("rpc");
        var unload = message.has("UNLOAD");
        return isString(message.get("csrfToken"))
                && (unload || isInt(message.get("syncId")))
                && (!message.has("clientId") || isInt(message.get("clientId")))
                && rpc != null
                && rpc.isArray()
                && allKnown(rpc);
    }

    private static boolean allKnown(JsonNode rpc) {
        for (var call : rpc) {
            var type = call.get(JsonConstants.RPC_TYPE);
            if (!call.isObject() || !isString(type) || !RPC_TYPES.contains(type.asString())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isString(JsonNode node) {
        return node != null && node.isString();
    }

    private static boolean isInt(JsonNode node) {
        return node != null && node.isInt();
    }

    /** The request with its body, already read here, to be read again by Vaadin. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Vaadin reads its messages blocking");
                }
            };
        }

        /** Vaadin's client writes its messages in UTF-8, and the JSON above was read as such. */
        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
