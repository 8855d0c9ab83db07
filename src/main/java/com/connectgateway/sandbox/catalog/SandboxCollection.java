package com.connectgateway.sandbox.catalog;

/** A v3 collection: creative ones hold creative images, editorial ones editorial images. */
public record SandboxCollection(int id, String code, String name, String licenseModel, String assetFamily) {

    public boolean creative() {
        return SandboxImage.CREATIVE.equals(assetFamily);
    }
}
