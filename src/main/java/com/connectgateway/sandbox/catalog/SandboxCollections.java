package com.connectgateway.sandbox.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The sandbox's fixed collections. Ids and codes are part of the sandbox contract: the gateway
 * turns legacy numeric collection ids into codes with {@code GET /v3/collections}.
 */
public final class SandboxCollections {

    public static final SandboxCollection PHOTODISC = creative(1, "PHD", "Photodisc", SandboxImage.ROYALTY_FREE);
    public static final SandboxCollection STONE = creative(2, "STO", "Stone", SandboxImage.RIGHTS_MANAGED);
    public static final SandboxCollection DIGITAL_VISION = creative(3, "DV", "DigitalVision", SandboxImage.ROYALTY_FREE);
    public static final SandboxCollection NEWS = editorial(4, "GETTY", "Getty Images News");
    public static final SandboxCollection SPORT = editorial(5, "SPT", "Getty Images Sport");
    public static final SandboxCollection ENTERTAINMENT = editorial(6, "ENT", "Getty Images Entertainment");
    public static final SandboxCollection ARCHIVE = editorial(7, "ARC", "Hulton Archive");
    public static final SandboxCollection IMAGE_BANK = creative(8, "TIB", "The Image Bank", SandboxImage.RIGHTS_MANAGED);
    public static final SandboxCollection MOMENT = creative(9, "FKF", "Moment", SandboxImage.ROYALTY_FREE);
    public static final SandboxCollection AFP = editorial(10, "AFP", "AFP");
    public static final SandboxCollection WIRE_IMAGE = editorial(11, "WIR", "WireImage");
    public static final SandboxCollection VECTORS = creative(12, "DVV", "DigitalVision Vectors", SandboxImage.ROYALTY_FREE);

    public static final List<SandboxCollection> ALL = List.of(PHOTODISC, STONE, DIGITAL_VISION, NEWS, SPORT,
            ENTERTAINMENT, ARCHIVE, IMAGE_BANK, MOMENT, AFP, WIRE_IMAGE, VECTORS);

    /** Creative collections for photographs, illustrations and fine art (vectors go to DVV). */
    static final List<SandboxCollection> CREATIVE_PHOTO = List.of(PHOTODISC, STONE, DIGITAL_VISION, IMAGE_BANK, MOMENT);

    private SandboxCollections() {
    }

    public static Optional<SandboxCollection> byCode(String code) {
        return ALL.stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
    }

    private static SandboxCollection creative(int id, String code, String name, String licenseModel) {
        return new SandboxCollection(id, code, name, licenseModel, SandboxImage.CREATIVE);
    }

    private static SandboxCollection editorial(int id, String code, String name) {
        return new SandboxCollection(id, code, name, SandboxImage.RIGHTS_MANAGED, SandboxImage.EDITORIAL);
    }
}
