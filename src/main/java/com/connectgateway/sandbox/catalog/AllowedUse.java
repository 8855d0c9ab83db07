package com.connectgateway.sandbox.catalog;

import java.util.List;

/** The v3 {@code allowed_use} object of an image. */
public record AllowedUse(String howCanIUseIt, String releaseInfo, List<String> usageRestrictions) {
}
