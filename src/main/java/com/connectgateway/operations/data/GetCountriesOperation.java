package com.connectgateway.operations.data;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.search.LanguagePolicy;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.wire.StatusEntry;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * GetCountries: {@code GET /v3/countries} with Language as Accept-Language (en-US when absent, the
 * search operations' language rules otherwise). Application and user sessions alike.
 */
@ApplicationScoped
public class GetCountriesOperation extends DataOperation<GetCountriesBody> {

    private final UpstreamCalls upstream;
    private final V3Api v3;
    private final DataMapper mapper;

    GetCountriesOperation(UpstreamCalls upstream, V3Api v3, DataMapper mapper) {
        this.upstream = upstream;
        this.v3 = v3;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "GetCountries";
    }

    @Override
    public Class<GetCountriesBody> bodyType() {
        return GetCountriesBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<GetCountriesBody> call) {
        List<StatusEntry> notes = new ArrayList<>();
        String language = LanguagePolicy.acceptLanguage(call.body().language(), notes::add);
        JsonNode answer = upstream.run(call, DataOperation::failure, caller -> v3.countries(caller.withLanguage(language)));
        return new OperationOutcome(mapper.countries(answer), notes);
    }
}
