package com.connectgateway.operations.download;

import com.connectgateway.operations.LegacyOperation;

/** The service segment shared by the download operations. */
abstract class DownloadOperation<B> implements LegacyOperation<B> {

    @Override
    public String service() {
        return "download";
    }
}
