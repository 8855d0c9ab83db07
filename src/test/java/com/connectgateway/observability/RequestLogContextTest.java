package com.connectgateway.observability;

import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every line a legacy request causes carries its log context, whichever thread writes it: the
 * correlation id is put on the event loop, the CoordinationId and operation on the worker thread.
 */
@QuarkusTest
class RequestLogContextTest {

    /** A record's logger, thread, message and log context, as seen when it was published. */
    record Line(String logger, String thread, String message, Map<String, String> mdc) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                synchronized (lines) {
                    lines.add(new Line(ext.getLoggerName(), ext.getThreadName(), ext.getFormattedMessage(), new HashMap<>(ext.getMdcCopy())));
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Sandbox.reset();
        Breakers.resetAll();
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
        Sandbox.reset();
        Breakers.resetAll();
    }

    @Test
    void linesOnTheWorkerThreadAndTheAccessLineCarryTheRequestsContext() {
        Sandbox.failTokenEndpoint(500);
        overHttps().header("X-Correlation-ID", "corr-mdc-1")
                .body(envelope(null, "coord-mdc-1", "CreateSessionRequestBody", LegacyApi.userCredentials()))
                .post("/v1/session/CreateSession").then().statusCode(200).header("X-Correlation-ID", "corr-mdc-1");

        Line warning = only(l -> l.message().contains("Token endpoint answered HTTP 500"));
        assertThat(warning.thread()).startsWith("executor-thread");
        assertThat(warning.mdc()).containsEntry(RequestMdc.CORRELATION_ID, "corr-mdc-1")
                .containsEntry(RequestMdc.COORDINATION_ID, "coord-mdc-1")
                .containsEntry(RequestMdc.OPERATION, "CreateSession");
        Line access = only(l -> l.logger().equals(AccessLog.CATEGORY));
        assertThat(access.message()).startsWith("operation=CreateSession http=200 status=error codes=");
        assertThat(access.mdc()).containsEntry(RequestMdc.CORRELATION_ID, "corr-mdc-1")
                .containsEntry(RequestMdc.COORDINATION_ID, "coord-mdc-1");
        assertThat(lines).allSatisfy(l -> assertThat(l.toString()).doesNotContain(LegacyApi.USER_PASSWORD, LegacyApi.SYSTEM_PASSWORD));
    }

    @Test
    void theSessionKindIsKnownOnceTheTokenIsAndTheTokenNeverAppears() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        synchronized (lines) {
            lines.clear();
        }
        search(token, creative(body(1, 5)));
        Line access = only(l -> l.logger().equals(AccessLog.CATEGORY));
        assertThat(access.mdc()).containsEntry(RequestMdc.SESSION_KIND, "USER").containsEntry(RequestMdc.OPERATION, "SearchForImages")
                .doesNotContainKey(RequestMdc.COORDINATION_ID);
        assertThat(access.mdc().get(RequestMdc.CORRELATION_ID)).matches("[0-9a-f-]{36}");
        assertThat(lines).allSatisfy(l -> assertThat(l.toString()).doesNotContain(token));
    }

    @Test
    void aLongOrNumericCoordinationIdIsKeptAsBoundedText() {
        overHttps().body(envelope(null, 42, "CreateSessionRequestBody", LegacyApi.systemCredentials()))
                .post("/v1/session/CreateSession").then().statusCode(200);
        assertThat(only(l -> l.logger().equals(AccessLog.CATEGORY)).mdc()).containsEntry(RequestMdc.COORDINATION_ID, "42");
        synchronized (lines) {
            lines.clear();
        }
        String longId = "x".repeat(200);
        overHttps().body(envelope(null, longId, "CreateSessionRequestBody", LegacyApi.systemCredentials()))
                .post("/v1/session/CreateSession").then().statusCode(200);
        assertThat(only(l -> l.logger().equals(AccessLog.CATEGORY)).mdc()).containsEntry(RequestMdc.COORDINATION_ID, "x".repeat(64));
    }

    @Test
    void fanOutHelpersGetTheContextAndGiveItBack() throws Exception {
        MDC.put(RequestMdc.CORRELATION_ID, "handed-over");
        try {
            AtomicReference<Object> seen = new AtomicReference<>();
            AtomicReference<Object> after = new AtomicReference<>("not run");
            Runnable work = CurrentRequest.propagating(() -> seen.set(MDC.get(RequestMdc.CORRELATION_ID)));
            Thread helper = new Thread(() -> {
                work.run();
                after.set(MDC.get(RequestMdc.CORRELATION_ID));
            });
            helper.start();
            helper.join(5000);
            assertThat(seen.get()).isEqualTo("handed-over");
            assertThat(after.get()).isNull();
        } finally {
            MDC.remove(RequestMdc.CORRELATION_ID);
        }
    }

    private Line only(java.util.function.Predicate<Line> which) {
        synchronized (lines) {
            List<Line> found = lines.stream().filter(which).toList();
            assertThat(found).as(lines.toString()).hasSize(1);
            return found.get(0);
        }
    }
}
