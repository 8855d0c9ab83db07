package com.connectgateway.observability;

import com.connectgateway.observability.recording.TrafficRecorder;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.MDC;

/**
 * The first route of every legacy path ({@code /v1/*}, {@code /v2/*}, {@code /oauth2/*}): starts the
 * request's observation and correlation id (into the log context of the request's duplicated
 * Vert.x context), and, just before the answer's headers go out, adds {@code X-Correlation-ID}
 * (and {@code X-Gateway-Latency} when configured), records the request's meters and writes its
 * access line. Headers-end rather than end: it runs before the client can see the answer, so a
 * scrape that follows an answer always counts it.
 */
@ApplicationScoped
public class ObservedRoutes {

    static final String LATENCY_HEADER = "X-Gateway-Latency";
    private static final List<String> ROOTS = List.of("/v1/*", "/v2/*", "/oauth2/*");

    private final ObservabilityConfig config;
    private final LegacyRequestMetrics metrics;
    private final AccessLog accessLog;
    private final TrafficRecorder recorder;

    ObservedRoutes(ObservabilityConfig config, LegacyRequestMetrics metrics, AccessLog accessLog, TrafficRecorder recorder) {
        this.config = config;
        this.metrics = metrics;
        this.accessLog = accessLog;
        this.recorder = recorder;
    }

    void install(@Observes Router router) {
        for (String root : ROOTS) {
            router.route(root).order(-30).handler(this::observe);
        }
    }

    private void observe(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.OPTIONS) {
            ctx.next(); // a CORS preflight, answered by the CORS handler: no operation
            return;
        }
        int max = config.mdcValueMaxLength();
        String correlationId = CorrelationIds.of(ctx.request().getHeader(CorrelationIds.HEADER),
                ctx.request().getHeader(CorrelationIds.REQUEST_ID_HEADER), max);
        RequestObservation observation = new RequestObservation(System.nanoTime(), correlationId);
        CurrentRequest.attach(observation);
        MDC.put(RequestMdc.CORRELATION_ID, correlationId);
        ctx.addHeadersEndHandler(ignored -> answered(ctx, observation));
        ctx.next();
    }

    private void answered(RoutingContext ctx, RequestObservation observation) {
        long now = System.nanoTime();
        long total = now - observation.startNanos();
        long own = total - observation.upstreamNanos(now);
        ctx.response().putHeader(CorrelationIds.HEADER, observation.correlationId());
        if (config.proxyLatencyHeader()) {
            ctx.response().putHeader(LATENCY_HEADER, Long.toString(Math.max(0, own) / 1_000_000));
        }
        int status = ctx.response().getStatusCode();
        metrics.record(observation.operation(), observation.outcome(), observation.codes(), status, total, own);
        accessLog.write(observation.operation(), observation.outcome(), observation.codes(), status, total, own);
        recorder.record(ctx.request(), observation.requestBody(), status, observation.answerBody());
    }
}
