package com.connectgateway.sandbox.v3;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partner channels of the sandbox key and their pending asset changes, in memory until the
 * next reset, which seeds them again. Channel {@value #PARTNER_CHANNEL} holds
 * {@link #SEEDED_IMAGES} changes of catalog images (new, updated and deleted, in that repeating
 * order, one minute apart, the last one a minute before the reset); channel
 * {@value #QUIET_CHANNEL} has none. A channel serves its unconfirmed set again until it is
 * confirmed, as v3 does; only then the next one. Set ids are whole numbers counting up from
 * {@value #FIRST_SET_ID} after every reset.
 */
@ApplicationScoped
public class SandboxAssetChanges {

    static final int PARTNER_CHANNEL = 1;
    static final int QUIET_CHANNEL = 2;
    static final List<String> SEEDED_IMAGES = List.of("100000001", "100000002", "100000003", "100000004", "100000005",
            "100000006", "100000007");
    static final List<String> LIFECYCLES = List.of("New", "Update", "Delete");
    static final long FIRST_SET_ID = 4_200_001L;

    /** One change of one asset, as v3 lists it. */
    record Change(String assetId, String assetType, String lifecycle, Instant changedAt) {
    }

    /** A served set: its id and changes, and whether this call created it (201) or served it again (200). */
    record Served(long id, List<Change> changes, boolean created) {
    }

    private static final class Channel {
        private final Deque<Change> pending = new ArrayDeque<>();
        private Served unconfirmed;
    }

    private final Map<Integer, Channel> channels = new LinkedHashMap<>();
    private final Clock clock;
    private long nextSetId;

    /** Its own clock, not the gateway's, like the rest of the sandbox. */
    @Inject
    SandboxAssetChanges() {
        this(Clock.systemUTC());
    }

    /** For tests that set the time. */
    SandboxAssetChanges(Clock clock) {
        this.clock = clock;
    }

    @PostConstruct
    public synchronized void reset() {
        channels.clear();
        nextSetId = FIRST_SET_ID;
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Channel partner = new Channel();
        for (int i = 0; i < SEEDED_IMAGES.size(); i++) {
            Instant at = now.minus(SEEDED_IMAGES.size() - i, ChronoUnit.MINUTES);
            partner.pending.add(new Change(SEEDED_IMAGES.get(i), "Image", LIFECYCLES.get(i % LIFECYCLES.size()), at));
        }
        channels.put(PARTNER_CHANNEL, partner);
        channels.put(QUIET_CHANNEL, new Channel());
    }

    /**
     * The channel's unconfirmed set, or a new one of at most {@code batchSize} changes; null when
     * nothing is pending.
     *
     * @throws SandboxV3Error 404 ChannelNotFound
     */
    synchronized Served serve(int channelId, int batchSize) {
        Channel channel = channels.get(channelId);
        if (channel == null) {
            throw SandboxV3Error.channelNotFound(Integer.toString(channelId));
        }
        if (channel.unconfirmed != null) {
            return new Served(channel.unconfirmed.id(), channel.unconfirmed.changes(), false);
        }
        if (channel.pending.isEmpty()) {
            return null;
        }
        List<Change> batch = new ArrayList<>();
        while (batch.size() < batchSize && !channel.pending.isEmpty()) {
            batch.add(channel.pending.poll());
        }
        channel.unconfirmed = new Served(nextSetId++, List.copyOf(batch), true);
        return channel.unconfirmed;
    }

    /**
     * Confirms a served set, so its channel serves the next one.
     *
     * @throws SandboxV3Error 400 InvalidChangeSetId for an id that is no whole number, 404 for one no channel has unconfirmed
     */
    synchronized void confirm(String changeSetId) {
        long id;
        try {
            id = Long.parseLong(changeSetId.trim());
        } catch (NumberFormatException e) {
            throw SandboxV3Error.invalidChangeSetId(changeSetId);
        }
        for (Channel channel : channels.values()) {
            if (channel.unconfirmed != null && channel.unconfirmed.id() == id) {
                channel.unconfirmed = null;
                return;
            }
        }
        throw SandboxV3Error.changeSetNotFound(changeSetId);
    }
}
