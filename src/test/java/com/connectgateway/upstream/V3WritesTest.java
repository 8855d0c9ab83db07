package com.connectgateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.session.Session;
import com.connectgateway.session.SessionBroker;
import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.ShortUpstreamPolicies;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * v3 writes (POST/PUT/DELETE) are sent at most once: no retry on any failure, and the 401 replay
 * only when v3 refused the write itself. The sandbox has no boards yet, so the fault rules answer
 * for {@code /v3/boards} as v3 would.
 */
@QuarkusTest
@TestProfile(ShortUpstreamPolicies.class)
class V3WritesTest {

    private static final String BOARDS = "/sandbox/v3/boards";
    private static final String PRODUCTS = "/sandbox/v3/products";

    @Inject
    V3Api v3;

    @Inject
    SessionBroker broker;

    private Session session;

    @BeforeEach
    void setUp() {
        Breakers.resetAll();
        Sandbox.reset();
        Faults.clear();
        session = broker.authenticate((String) LegacyApi.createUserSession().get("Token")).session();
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    private static Map<String, Object> rule(Object... pairs) {
        Map<String, Object> rule = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            rule.put((String) pairs[i], pairs[i + 1]);
        }
        return rule;
    }

    private JsonNode createBoard(V3Caller caller) {
        return v3.write(caller, V3Api.Write.POST, V3Path.of("boards"), Map.of(), Map.of("name", "Ideas"));
    }

    private static V3Caller anyCaller() {
        return new V3Caller("sandbox-system", "not-checked-by-a-fault-answer", null);
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void aFailedWriteIsNeverRetried(int status) {
        Faults.rule(rule("path", BOARDS, "method", "POST", "status", status));
        assertThatThrownBy(() -> createBoard(anyCaller()))
                .isInstanceOfSatisfying(V3Failure.class, f -> assertThat(f.status()).isEqualTo(status));
        assertThat(Faults.hits(BOARDS)).hasSize(1);
    }

    @Test
    void aResetWriteIsNeitherRetriedNorReplayed() {
        Faults.rule(rule("path", BOARDS, "method", "POST", "action", "reset"));
        assertThatThrownBy(() -> broker.withUpstream(session, this::createBoard))
                .isInstanceOfSatisfying(V3Failure.class, f -> assertThat(f.status()).isZero());
        assertThat(Faults.hits(BOARDS)).hasSize(1);
    }

    @Test
    void aTimedOutWriteIsNeitherRetriedNorReplayed() {
        Faults.rule(rule("path", BOARDS, "method", "POST", "delayMillis", 3000, "status", 201, "body", "{\"id\":\"late\"}"));
        List<V3Caller> callers = new ArrayList<>();
        assertThatThrownBy(() -> broker.withUpstream(session, caller -> {
            callers.add(caller);
            return createBoard(caller);
        })).isInstanceOfSatisfying(V3Failure.class, f -> assertThat(f.errorCode()).isEqualTo(V3Api.TIMEOUT));
        assertThat(Faults.hits(BOARDS)).hasSize(1);
        assertThat(callers).hasSize(1);
        assertThat(callers.get(0).effects().anyPossiblyApplied()).isTrue();
    }

    @Test
    void aWriteTheOperationDeadlineCutsOffMayHaveActed() {
        Faults.rule(rule("path", BOARDS, "method", "POST", "delayMillis", 3000, "status", 201));
        V3Caller caller = anyCaller().within(Deadline.after(Duration.ofMillis(300)));
        assertThatThrownBy(() -> createBoard(caller))
                .isInstanceOfSatisfying(V3DeadlineExceeded.class, d -> assertThat(d.sent()).isTrue());
        assertThat(caller.effects().anyPossiblyApplied()).isTrue();
        assertThat(Faults.hits(BOARDS)).hasSize(1);
    }

    @Test
    void aWriteRefusedWith401IsReplayedOnceWithAFreshToken() {
        Faults.rules(List.of(
                rule("path", BOARDS, "method", "POST", "times", 1, "status", 401),
                rule("path", BOARDS, "method", "POST", "status", 201, "body", "{\"id\":\"b-1\"}")));
        List<String> tokens = new ArrayList<>();
        JsonNode board = broker.withUpstream(session, caller -> {
            tokens.add(caller.accessToken());
            return createBoard(caller);
        });
        assertThat(board.path("id").asText()).isEqualTo("b-1");
        assertThat(Faults.hits(BOARDS)).hasSize(2);
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void a401AfterASentWriteDoesNotRepeatTheWrite() {
        Faults.rules(List.of(
                rule("path", BOARDS, "method", "POST", "status", 201, "body", "{\"id\":\"b-1\"}"),
                rule("path", PRODUCTS, "times", 1, "status", 401)));
        assertThatThrownBy(() -> broker.withUpstream(session, caller -> {
            createBoard(caller);
            return v3.products(caller);
        })).isInstanceOfSatisfying(V3Failure.class, f -> assertThat(f.status()).isEqualTo(401));
        assertThat(Faults.hits(BOARDS)).hasSize(1);
        assertThat(Faults.hits(PRODUCTS)).hasSize(1);
    }

    @Test
    void aReadRefusedWith401IsStillReplayed() {
        Faults.rule(rule("path", PRODUCTS, "times", 1, "status", 401));
        JsonNode products = broker.withUpstream(session, caller -> v3.products(caller));
        assertThat(products.has("products")).isTrue();
        assertThat(Faults.hits(PRODUCTS)).hasSize(2);
    }

    @Test
    void putAndDeleteReachTheirResourceAndMayAnswerWithoutABody() {
        Faults.rules(List.of(
                rule("path", BOARDS + "/b-1", "method", "PUT", "status", 204, "body", ""),
                rule("path", BOARDS + "/b-1", "method", "DELETE", "status", 200, "body", "{}")));
        assertThat(v3.write(anyCaller(), V3Api.Write.PUT, V3Path.of("boards", "b-1"), Map.of(), Map.of("name", "New")).isMissingNode())
                .isTrue();
        assertThat(v3.write(anyCaller(), V3Api.Write.DELETE, V3Path.of("boards", "b-1"), Map.of(), null).isObject()).isTrue();
        assertThat(Faults.hits(BOARDS + "/b-1")).extracting(hit -> hit.get("method")).containsExactly("PUT", "DELETE");
    }
}
