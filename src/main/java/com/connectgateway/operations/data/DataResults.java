package com.connectgateway.operations.data;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The result shapes of the data operations, in the legacy names, order and JSON types of their docs. */
public final class DataResults {

    private DataResults() {
    }

    /** {@code GetCountriesResult}. */
    @RegisterForReflection
    public record Countries(@JsonProperty("Countries") List<Country> countries) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "CountryChar2ISO", "CountryChar3ISO", "CountryName" })
    public record Country(
            @JsonProperty("CountryChar2ISO") String countryChar2Iso,
            @JsonProperty("CountryChar3ISO") String countryChar3Iso,
            @JsonProperty("CountryName") String countryName) {
    }

    /** {@code GetCollectionsResult}. */
    @RegisterForReflection
    public record Collections(@JsonProperty("Collections") List<Collection> collections) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "CollectionName", "ImageFamily", "LicenseModel", "CollectionId", "ApplicableProductOfferings" })
    public record Collection(
            @JsonProperty("CollectionName") String collectionName,
            @JsonProperty("ImageFamily") String imageFamily,
            @JsonProperty("LicenseModel") String licenseModel,
            @JsonProperty("CollectionId") Integer collectionId,
            @JsonProperty("ApplicableProductOfferings") List<String> applicableProductOfferings) {
    }

    /** {@code GetActiveProductOfferingsResult}. */
    @RegisterForReflection
    public record ActiveProductOfferings(@JsonProperty("ActiveProductOfferings") List<String> activeProductOfferings) {
    }

    /** {@code GetAllProductOfferingsResult}. */
    @RegisterForReflection
    public record ProductOfferings(@JsonProperty("ProductOfferings") List<ProductOffering> productOfferings) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "ProductOfferingInstanceId", "ApplicationWebsite", "ProductOfferingType", "Name", "DownloadLimit",
            "DownloadLimitDuration", "Status", "ExpirationUtc", "DownloadsRemaining", "DownloadLimitResetUtc" })
    public record ProductOffering(
            @JsonProperty("ProductOfferingInstanceId") Integer productOfferingInstanceId,
            @JsonProperty("ApplicationWebsite") String applicationWebsite,
            @JsonProperty("ProductOfferingType") String productOfferingType,
            @JsonProperty("Name") String name,
            @JsonProperty("DownloadLimit") Integer downloadLimit,
            @JsonProperty("DownloadLimitDuration") String downloadLimitDuration,
            @JsonProperty("Status") String status,
            @JsonProperty("ExpirationUtc") LegacyDate expirationUtc,
            @JsonProperty("DownloadsRemaining") Integer downloadsRemaining,
            @JsonProperty("DownloadLimitResetUtc") LegacyDate downloadLimitResetUtc) {
    }
}
