package com.connectgateway.sandbox.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code /sandbox/control/faults}: PUT replaces every fault rule and the throttle with a
 * {@link FaultPlan}, DELETE removes them, GET shows the plan in force. The hit log is kept.
 */
@NonBlocking
@Path("/sandbox/control/faults")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxFaultsResource {

    private final SandboxFaults faults;
    // Strict about member names: a mistyped "delay" must be refused, not silently ignored.
    private final ObjectReader planReader;

    SandboxFaultsResource(SandboxFaults faults, ObjectMapper json) {
        this.faults = faults;
        this.planReader = json.readerFor(FaultPlan.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @GET
    public FaultPlan plan() {
        return faults.plan();
    }

    /** 200 with the plan now in force; 400 {@code {"message"}} naming the first problem, and nothing changes. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(String body) {
        FaultPlan plan;
        try {
            plan = body == null || body.isBlank() ? null : planReader.readValue(body);
            if (plan == null) {
                throw new IllegalArgumentException("Send {\"rules\": [...], \"throttlePerSecond\": n or null}.");
            }
            plan = plan.checked();
        } catch (JsonProcessingException e) {
            return badRequest(e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        faults.replace(plan);
        return Response.ok(faults.plan()).build();
    }

    @DELETE
    public FaultPlan clear() {
        faults.clear();
        return faults.plan();
    }

    private static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("message", message)).build();
    }
}
