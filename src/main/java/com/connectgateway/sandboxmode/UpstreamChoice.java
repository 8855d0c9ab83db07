package com.connectgateway.sandboxmode;

/** What the gateway calls as its v3 upstream. */
public enum UpstreamChoice {
    /** {@code gateway.upstream.api-url} is set: the real (or any external) v3 API. */
    CONFIGURED,
    /** No upstream, sandbox opted in: the built-in sandbox on its own listener. */
    SANDBOX,
    /** Neither: the gateway must not start. */
    NONE;

    /** The one rule: a configured upstream always wins, the sandbox needs the explicit opt-in. */
    public static UpstreamChoice decide(boolean upstreamConfigured, boolean sandboxEnabled) {
        if (upstreamConfigured) {
            return CONFIGURED;
        }
        return sandboxEnabled ? SANDBOX : NONE;
    }
}
