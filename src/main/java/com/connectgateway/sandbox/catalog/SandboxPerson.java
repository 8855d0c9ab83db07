package com.connectgateway.sandbox.catalog;

/**
 * A fictional public figure. {@code segment} is the editorial segment they appear in and
 * {@code affiliation} their team, sport or role, used in captions.
 */
public record SandboxPerson(String name, String segment, String affiliation) {
}
