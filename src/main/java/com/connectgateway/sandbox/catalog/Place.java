package com.connectgateway.sandbox.catalog;

import java.util.List;

/**
 * Where a picture was taken. {@code label} is how titles name it ("Café de Flore, Paris");
 * {@code offset} is the UTC offset its timestamps carry; {@code keywords} are Location keywords.
 */
public record Place(String label, String city, String state, String country, String offset, List<String> keywords) {
}
