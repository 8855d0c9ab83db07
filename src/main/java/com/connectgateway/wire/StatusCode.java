package com.connectgateway.wire;

/**
 * Every legacy status code the gateway can answer with. The wire text is what clients compare
 * against, so it is kept separate from the Java constant name (some codes, like AUTH-010, are not
 * valid identifiers).
 */
public enum StatusCode {
    ALTERNATIVE_AGREEMENT("AlternativeAgreement", StatusType.INFORMATION, "An alternative qualifying agreement was used."),
    ASSET_ID_LIST_EXCEEDS_MAX_ALLOWED("AssetIdListExceedsMaxAllowed", StatusType.ERROR, "Too many asset ids in the request."),
    ASSET_NOT_AVAILABLE("AssetNotAvailable", StatusType.ERROR, "One or more assets are not available."),
    AUTH_002("AUTH-002", StatusType.ERROR, "The request must be made over a secure transport."),
    AUTH_010("AUTH-010", StatusType.ERROR, "The token is not valid."),
    AUTH_012("AUTH-012", StatusType.ERROR, "The token has expired."),
    AUTH_014("AUTH-014", StatusType.ERROR, "A secure token cannot be used over HTTP."),
    AUTH_021("AUTH-021", StatusType.ERROR, "The token is not fully authenticated."),
    AUTH_023("AUTH-023", StatusType.ERROR, "Only a secure token can be used with this operation."),
    COLLECTION_MODE_EMPTY("CollectionModeEmpty", StatusType.ERROR, "Collection mode cannot be empty when collections are given."),
    COLLECTION_IDS_EMPTY("CollectionIdsEmpty", StatusType.ERROR, "Collection ids cannot be empty when collections are given."),
    DEFAULT_LANGUAGE_USED("DefaultLanguageUsed", StatusType.WARNING, "Unsupported or missing language; using en-us."),
    DATE_CREATED_RANGE_NOT_APPLICABLE("DateCreatedRangeNotApplicable", StatusType.ERROR, "DateCreatedRange applies only to editorial images."),
    DEPENDENT_SERVICE_DOWN("DependentServiceDown", StatusType.ERROR, "A dependent service is unreachable."),
    EVENT_NOT_FOUND("EventNotFound", StatusType.ERROR, "The event could not be found."),
    EXPIRED_DOWNLOAD_TOKEN("ExpiredDownloadToken", StatusType.ERROR, "The download token has expired."),
    FAILED_TO_CREATE_CUSTOMER("FailedToCreateCustomer", StatusType.ERROR, "The customer was not created."),
    FAILED_TO_GET_DOWNLOAD_URL("FailedToGetDownloadUrl", StatusType.ERROR, "A download URL could not be obtained."),
    FAILED_TO_RENEW_TOKEN("FailedToRenewToken", StatusType.ERROR, "The token could not be renewed."),
    IMAGE_NOT_FOUND("ImageNotFound", StatusType.ERROR, "The image does not exist."),
    INTERNAL_ERROR("InternalError", StatusType.ERROR, "Internal error."),
    INVALID_DOWNLOAD_TOKEN("InvalidDownloadToken", StatusType.ERROR, "The download token is not valid."),
    INVALID_COLLECTION_ID("InvalidCollectionId", StatusType.ERROR, "The collection id is not valid."),
    INVALID_EDITORIAL_SEGMENT("InvalidEditorialSegment", StatusType.ERROR, "The editorial segment is not valid."),
    INVALID_INCLUDE_EXCLUDE_MODE("InvalidIncludeExcludeMode", StatusType.ERROR, "The mode must be include or exclude."),
    INVALID_ITEM_COUNT("InvalidItemCount", StatusType.ERROR, "The item count must be greater than zero."),
    INVALID_ITEM_SORT_TYPE("InvalidItemSortType", StatusType.ERROR, "The sort type is not valid."),
    INVALID_ITEM_START_NUMBER("InvalidItemStartNumber", StatusType.ERROR, "The item start number must be greater than zero."),
    INVALID_LANGUAGE_CODE("InvalidLanguageCode", StatusType.ERROR, "The language is not recognised."),
    INVALID_ORIENTATION("InvalidOrientation", StatusType.ERROR, "The orientation is not valid."),
    INVALID_PRODUCT_OFFERING("InvalidProductOffering", StatusType.ERROR, "The product offering is not valid."),
    INVALID_REQUEST("InvalidRequest", StatusType.ERROR, "The request is not valid."),
    INVALID_ASSETS("InvalidAssets", StatusType.ERROR, "The request has invalid asset ids."),
    INVALID_LIGHTBOX_NAME("InvalidLightboxName", StatusType.ERROR, "The lightbox name cannot be null or empty."),
    /** Not a legacy code of its own: an Information entry naming a request member the gateway could not honour. */
    IGNORED_FIELD("InvalidRequest", StatusType.INFORMATION, "A request member has no v3 equivalent and was ignored."),
    INVALID_SEARCH_FOR_VIDEO_BY_ASSET_ID("InvalidSearchForVideoByAssetId", StatusType.ERROR,
            "Asset ids cannot be combined with other query or filter members."),
    INVALID_SEARCH_CRITERIA_TYPE("InvalidSearchCriteriaType", StatusType.ERROR, "The search criteria type is not valid."),
    INVALID_SIZE_KEY("InvalidSizeKey", StatusType.ERROR, "The size key is not valid."),
    INVALID_SYSTEM_ID_OR_PASSWORD("InvalidSystemIdOrPassword", StatusType.ERROR, "Invalid SystemId or SystemPassword."),
    INVALID_USERNAME_OR_PASSWORD("InvalidUsernameOrPassword", StatusType.ERROR, "Invalid UserName or UserPassword."),
    LIGHTBOX_ID_DOES_NOT_EXIST("LightboxIdDoesNotExist", StatusType.ERROR, "The lightbox does not exist."),
    LIGHTBOXES_NOT_FOUND("LightboxesNotFound", StatusType.WARNING, "No lightboxes were found."),
    MAX_EXCEEDED("MaxExceeded", StatusType.ERROR, "The item count exceeds the maximum allowed."),
    MISSING_EVENT_IDS("MissingEventIds", StatusType.ERROR, "The request is missing an event id."),
    NON_EXISTING_COLLECTION_ID("NonExistingCollectionId", StatusType.ERROR, "The collection does not exist."),
    NO_AUTHORIZATIONS("NoAuthorizations", StatusType.ERROR, "No authorizations were found."),
    NO_IMAGES("NoImages", StatusType.WARNING, "No images match the query."),
    NO_VIDEOS("NoVideos", StatusType.WARNING, "No videos match the query."),
    OPERATION_REQUIRES_HTTPS("OperationRequiresHttps", StatusType.ERROR, "This operation requires HTTPS."),
    OPERATION_REQUIRES_SECURE_TOKEN("OperationRequiresSecureToken", StatusType.ERROR, "This operation requires a secure token."),
    OPERATION_VALID_ONLY_FOR_LIGHTBOX_OWNER("OperationValidOnlyForLightboxOwner", StatusType.ERROR,
            "This operation is valid only for the lightbox owner."),
    SEARCH_CRITERIA_REQUEST_MISMATCH("SearchCriteriaRequestMismatch", StatusType.ERROR,
            "SearchCriteria and SearchCriteriaType go together: give both or neither."),
    SECURE_TOKEN_PASSED_OVER_HTTP("SecureTokenPassedOverHttp", StatusType.ERROR,
            "A secure token was sent over HTTP; it has been revoked. Create a new session over HTTPS."),
    START_PAST_TOTAL("StartPastTotal", StatusType.ERROR, "The item start number is beyond the total available items."),
    SYSTEM_ERROR("SystemError", StatusType.ERROR, "An unexpected error occurred."),
    TRANSACTION_ID_DUPLICATE("TransactionIdDuplicate", StatusType.WARNING,
            "A usage report with this transaction id was recorded before; this one was not recorded."),
    UNAUTHORIZED_TO_REPORT_USAGE("UnauthorizedToReportUsage", StatusType.ERROR, "The partner is not authorized to report usage."),
    UNAUTHORIZED_PRODUCT_OFFERING("UnauthorizedProductOffering", StatusType.ERROR,
            "The active agreement does not authorize the requested product offering.");

    private final String wire;
    private final StatusType defaultType;
    private final String defaultMessage;

    StatusCode(String wire, StatusType defaultType, String defaultMessage) {
        this.wire = wire;
        this.defaultType = defaultType;
        this.defaultMessage = defaultMessage;
    }

    public String wire() {
        return wire;
    }

    public StatusType defaultType() {
        return defaultType;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
