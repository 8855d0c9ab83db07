package com.connectgateway.sandbox.catalog;

/** A keyword as attached to one image; relevance 1-5, or null as v3 often sends. */
public record ImageKeyword(Keyword keyword, Integer relevance) {
}
