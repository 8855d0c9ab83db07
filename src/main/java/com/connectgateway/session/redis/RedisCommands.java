package com.connectgateway.session.redis;

import com.connectgateway.upstream.RateLimitedWarning;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Blocking Redis commands for the store, on the worker threads legacy requests run on. Any failure
 * (Redis down, too slow, refused) becomes DependentServiceDown for the client, with one warning line
 * per minute for the operator and no stack trace.
 */
final class RedisCommands {

    private static final Logger LOG = Logger.getLogger(RedisCommands.class);

    private final Redis redis;
    private final Duration timeout;
    private final RateLimitedWarning warning;

    RedisCommands(Redis redis, Duration timeout, Clock clock) {
        this.redis = redis;
        this.timeout = timeout;
        this.warning = new RateLimitedWarning(LOG::warn, Duration.ofMinutes(1), clock);
    }

    /** One command; a nil reply is null. */
    Response send(Command command, Object... args) {
        Request request = Request.cmd(command);
        for (Object arg : args) {
            request.arg(arg.toString());
        }
        return await(redis.send(request), command.toString());
    }

    /** Several commands in one round trip (not atomic). */
    List<Response> batch(List<Request> requests) {
        return await(redis.batch(requests), "batch");
    }

    /** A Lua script (EVAL) with its keys and arguments. */
    Response eval(String script, List<String> keys, List<String> args) {
        Request request = Request.cmd(Command.EVAL).arg(script).arg(keys.size());
        keys.forEach(request::arg);
        args.forEach(request::arg);
        return await(redis.send(request), "EVAL");
    }

    private <T> T await(Future<T> reply, String what) {
        try {
            return reply.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unavailable(what, e.getCause() == null ? e.toString() : e.getCause().toString());
        } catch (TimeoutException e) {
            throw unavailable(what, "no answer within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(what, "interrupted");
        }
    }

    private LegacyFault unavailable(String what, String why) {
        warning.warn("The Redis session store failed (" + what + ": " + why + "); requests that need a session answer"
                + " DependentServiceDown until it is back");
        return new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, "The session store is unavailable; retry shortly.");
    }
}
