package com.connectgateway.operations.retired;

import com.connectgateway.operations.TransportRule;
import com.connectgateway.wire.StatusCode;
import java.util.List;

/**
 * The one list of documented legacy operations v3 cannot serve, with the refusal each answers.
 * Transport rules follow the docs (CreateCustomer: HTTPS only, any session's token); the purchase
 * operations, whose pages the docs link but no longer hold, take those of their download
 * counterparts.
 */
public final class RetiredOperations {

    private static final String NO_PURCHASES = " is retired: v3 has no purchases through the API; license through a"
            + " product (download authorizations) or on gettyimages.com.";

    public static final List<RetiredOperation> ALL = List.of(
            new RetiredOperation("account", "CreateCustomer", TransportRule.HTTPS_ANY_TOKEN, StatusCode.FAILED_TO_CREATE_CUSTOMER,
                    "CreateCustomer is retired: v3 cannot create customers; new customers register on gettyimages.com."),
            new RetiredOperation("purchase", "CreatePurchaseRequest", TransportRule.HTTPS_SECURE_TOKEN, StatusCode.NO_AUTHORIZATIONS,
                    "CreatePurchaseRequest" + NO_PURCHASES),
            new RetiredOperation("purchase", "GetImagePurchaseAuthorizations", TransportRule.ANY_TOKEN, StatusCode.NO_AUTHORIZATIONS,
                    "GetImagePurchaseAuthorizations" + NO_PURCHASES),
            new RetiredOperation("purchase", "GetLargestImagePurchaseAuthorizations", TransportRule.ANY_TOKEN,
                    StatusCode.NO_AUTHORIZATIONS, "GetLargestImagePurchaseAuthorizations" + NO_PURCHASES));

    private RetiredOperations() {
    }
}
