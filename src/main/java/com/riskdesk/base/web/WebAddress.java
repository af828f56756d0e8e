package com.riskdesk.base.web;

import java.net.URI;
import java.net.URISyntaxException;

/** A source's address as readers can follow it: a full http(s) address with a host, within a length. */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isFollowable(String url, int maxLength) {
        if (url.length() > maxLength) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
