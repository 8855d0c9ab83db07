package com.connectgateway.sandbox.v3;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the sandbox's API key is one Getty has set up for unwatermarked comps. Real v3 marks
 * comp and preview watermarked for an ordinary key (both real samples do), so this is off unless
 * a test or demo switches it on through {@code PUT /sandbox/control/comp-entitlement}; even then
 * previews stay watermarked and thumbs never are.
 */
@ApplicationScoped
public class CompEntitlement {

    private volatile boolean unwatermarkedComps;

    public boolean unwatermarkedComps() {
        return unwatermarkedComps;
    }

    public void set(boolean unwatermarked) {
        this.unwatermarkedComps = unwatermarked;
    }

    /** The {@code is_watermarked} flag of a display size for this key. */
    static boolean watermarked(String size, boolean unwatermarkedComps) {
        return switch (size) {
            case "thumb" -> false;
            case "comp" -> !unwatermarkedComps;
            default -> true;
        };
    }
}
