package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The usage batches the sandbox key reported, in memory until the next reset. A batch is recorded
 * whole or not at all, as v3 documents: one asset that is not a catalog image refuses it (nothing
 * recorded, so its id stays free), and a batch id recorded before is 409. Whether the key may
 * report usage at all is a switch ({@code PUT /sandbox/control/usage-reporting}), on after every
 * reset; off, every batch is 403 UnauthorizedToReportUsage.
 */
@ApplicationScoped
public class SandboxUsageBatches {

    /** One {@code asset_usages} entry, already checked. */
    record Usage(String assetId, int quantity, LocalDate usageDate) {
    }

    /** v3's answer: the usages recorded (the sum of the quantities) and the ids refused. */
    record Outcome(int totalProcessed, List<String> invalidAssets) {
        boolean recorded() {
            return invalidAssets.isEmpty();
        }
    }

    private final SandboxCatalog catalog;
    private final Set<String> recorded = new HashSet<>();
    private boolean allowed = true;

    SandboxUsageBatches(SandboxCatalog catalog) {
        this.catalog = catalog;
    }

    @PostConstruct
    public synchronized void reset() {
        recorded.clear();
        allowed = true;
    }

    public synchronized void allow(boolean allowed) {
        this.allowed = allowed;
    }

    public synchronized boolean allowed() {
        return allowed;
    }

    /** @throws SandboxV3Error 403 when reporting is switched off */
    synchronized void checkAllowed() {
        if (!allowed) {
            throw SandboxV3Error.unauthorizedToReportUsage();
        }
    }

    /** @throws SandboxV3Error 409 TransactionIdDuplicated for a batch id recorded before */
    synchronized Outcome report(String batchId, List<Usage> usages) {
        if (recorded.contains(batchId)) {
            throw SandboxV3Error.transactionIdDuplicated(batchId);
        }
        Set<String> invalid = new LinkedHashSet<>();
        for (Usage usage : usages) {
            if (catalog.image(usage.assetId()).isEmpty()) {
                invalid.add(usage.assetId());
            }
        }
        if (!invalid.isEmpty()) {
            return new Outcome(0, new ArrayList<>(invalid));
        }
        recorded.add(batchId);
        return new Outcome(usages.stream().mapToInt(Usage::quantity).sum(), List.of());
    }
}
