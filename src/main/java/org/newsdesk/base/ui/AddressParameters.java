package org.newsdesk.base.ui;

import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

/** Reading filters from an address, as the news grid and the article list keep them there. */
public final class AddressParameters {

    private AddressParameters() {}

    /** The parameter's one value without surrounding spaces; empty when absent, blank or given more than once. */
    public static Optional<String> single(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(String::strip).filter(value -> !value.isEmpty());
    }
}
