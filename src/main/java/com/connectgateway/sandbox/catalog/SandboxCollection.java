package com.connectgateway.sandbox.catalog;

import java.util.List;

/** A v3 collection: creative ones hold creative images, editorial ones editorial images. */
public record SandboxCollection(int id, String code, String name, String licenseModel, String assetFamily) {

    /**
     * The v3 product types under which the collection's images can be downloaded: what the
     * catalog generators give its images (rights-managed creative only premiumaccess; royalty-free
     * creative premiumaccess, royaltyfreesubscription and imagepack; editorial the two editorial ones).
     */
    public List<String> productTypes() {
        if (!creative()) {
            return List.of("editorialsubscription", "easyaccess");
        }
        return SandboxImage.RIGHTS_MANAGED.equals(licenseModel) ? List.of("premiumaccess")
                : List.of("premiumaccess", "royaltyfreesubscription", "imagepack");
    }

    public boolean creative() {
        return SandboxImage.CREATIVE.equals(assetFamily);
    }
}
