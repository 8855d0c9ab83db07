package com.connectgateway.compare;

import java.util.function.UnaryOperator;

/**
 * How the diff recognises the same identifier under two spellings: each side's value is traced
 * back to the recorded value it stands for (null when it stands for none). A recorded ImageId and
 * the replayed ImageId the replay sent on in its place are then equal, and so are a baseline's and
 * a candidate's ids for the same recorded one.
 */
public record Identities(UnaryOperator<String> expectedOrigin, UnaryOperator<String> actualOrigin) {

    /** Only equal text is equal (the noise baseline compares the two gateway runs this way). */
    public static final Identities NONE = new Identities(text -> null, text -> null);

    /** Recorded answer against a replay: recorded values are their own origin once the replay sent them on. */
    public static Identities recordedAgainst(ValueMap replay) {
        return new Identities(text -> replay.wasSentOn(text) ? text : null, replay::originOf);
    }

    /** One replay against another of the same corpus. */
    public static Identities between(ValueMap expected, ValueMap actual) {
        return new Identities(expected::originOf, actual::originOf);
    }

    boolean same(String expected, String actual) {
        String left = expectedOrigin.apply(expected);
        return left != null && left.equals(actualOrigin.apply(actual));
    }
}
