package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v3/countries}: a fixed list of countries with their ISO codes, named in English or,
 * for {@code Accept-Language: de…}, in German. Needs a bearer token (the current v3 text says so)
 * and takes no query parameters.
 */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/v3/countries")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxCountriesResource {

    /** One country: ISO 3166-1 alpha-2 and alpha-3 codes, English and German names. */
    record Country(String alpha2, String alpha3, String english, String german) {
    }

    static final List<Country> ALL = List.of(
            new Country("AR", "ARG", "Argentina", "Argentinien"),
            new Country("AU", "AUS", "Australia", "Australien"),
            new Country("AT", "AUT", "Austria", "Österreich"),
            new Country("BR", "BRA", "Brazil", "Brasilien"),
            new Country("CA", "CAN", "Canada", "Kanada"),
            new Country("CN", "CHN", "China", "China"),
            new Country("DK", "DNK", "Denmark", "Dänemark"),
            new Country("FR", "FRA", "France", "Frankreich"),
            new Country("DE", "DEU", "Germany", "Deutschland"),
            new Country("IN", "IND", "India", "Indien"),
            new Country("IE", "IRL", "Ireland", "Irland"),
            new Country("IT", "ITA", "Italy", "Italien"),
            new Country("JP", "JPN", "Japan", "Japan"),
            new Country("MX", "MEX", "Mexico", "Mexiko"),
            new Country("NL", "NLD", "Netherlands", "Niederlande"),
            new Country("NZ", "NZL", "New Zealand", "Neuseeland"),
            new Country("NO", "NOR", "Norway", "Norwegen"),
            new Country("ES", "ESP", "Spain", "Spanien"),
            new Country("SE", "SWE", "Sweden", "Schweden"),
            new Country("CH", "CHE", "Switzerland", "Schweiz"),
            new Country("GB", "GBR", "United Kingdom", "Vereinigtes Königreich"),
            new Country("US", "USA", "United States", "Vereinigte Staaten"));

    private final SandboxBearer bearer;

    SandboxCountriesResource(SandboxBearer bearer) {
        this.bearer = bearer;
    }

    @GET
    public Response countries(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        boolean german = SandboxRequests.german(headers);
        try {
            bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
            QueryParams.parse(uriInfo.getRequestUri().getRawQuery()).acceptOnly(name -> false, "/v3/countries");
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
        List<Map<String, Object>> countries = ALL.stream().map(country -> json(country, german)).toList();
        return Response.ok(Map.of("countries", countries))
                .header("Content-Language", SandboxRequests.contentLanguage(german)).build();
    }

    private static Map<String, Object> json(Country country, boolean german) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("iso_alpha_2", country.alpha2());
        json.put("iso_alpha_3", country.alpha3());
        json.put("name", german ? country.german() : country.english());
        return json;
    }
}
