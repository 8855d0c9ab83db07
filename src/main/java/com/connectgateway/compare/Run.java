package com.connectgateway.compare;

import java.util.List;

/** One pass of the corpus through one gateway, with the id map it built. */
public record Run(String label, String gateway, List<Replay> replays, ValueMap values) {
}
