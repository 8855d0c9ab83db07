package com.connectgateway.operations;

import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.connectgateway.wire.StatusType;
import java.util.ArrayList;
import java.util.List;

/**
 * Problems with single items of a batch operation (one image of several). They become warnings
 * while other items succeed, so clients still read the result, and errors when none did.
 */
public final class ItemProblems {

    private record Problem(StatusCode code, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public void add(StatusCode code, String message) {
        problems.add(new Problem(code, message));
    }

    public List<StatusEntry> entries(boolean othersSucceeded) {
        StatusType type = othersSucceeded ? StatusType.WARNING : StatusType.ERROR;
        return problems.stream().map(p -> new StatusEntry(type, p.code().wire(), p.message())).toList();
    }
}
