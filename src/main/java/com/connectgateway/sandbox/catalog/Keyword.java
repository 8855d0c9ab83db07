package com.connectgateway.sandbox.catalog;

/** One entry of the shared keyword vocabulary; {@code german} is null when not translated. */
public record Keyword(String id, String text, String type, String german) {

    /** The text in the requested language, falling back to English. */
    public String text(boolean inGerman) {
        return inGerman && german != null ? german : text;
    }
}
