package com.connectgateway.sandbox.catalog;

/** The agency or desk an editorial image came from. */
public record EditorialSource(int id, String name) {
}
