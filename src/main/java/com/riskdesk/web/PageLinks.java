package com.riskdesk.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The links of the overflow page, built on the address the reader's browser shows: the page's own address when it
 * is asked for directly, or the dashboard's ({@code /monitors/{slug}?...}) when a filter forwarded the request here.
 * The view's parameters are kept as they came, without this page's own ({@code page}) and the retry marker.
 *
 * @param path  the path the browser shows, with the context path
 * @param query that address's query string without {@code page} and {@code live}, or empty
 * @param live  the live dashboard's path
 */
record PageLinks(String path, String query, String live) {

    static final String RETRY = LiveLimitFilter.RETRY + "=retry";

    static PageLinks of(HttpServletRequest request, String slug) {
        String forwardedFrom = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String live = request.getContextPath() + "/monitors/" + URLEncoder.encode(slug, StandardCharsets.UTF_8)
                .replace("+", "%20");
        if (forwardedFrom != null) {
            return new PageLinks(forwardedFrom,
                    withoutOwn((String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)), forwardedFrom);
        }
        return new PageLinks(request.getRequestURI(), withoutOwn(request.getQueryString()), live);
    }

    /** The live dashboard with the same view, marked as a retry the overflow filter may honour. */
    String retryLive() {
        return live + "?" + (query.isEmpty() ? "" : query + "&") + RETRY;
    }

    /** This page's address showing entries page {@code number} (1: the first, without a parameter). */
    String page(int number) {
        String rest = number <= 1 ? "" : "page=" + number;
        String joined = query.isEmpty() ? rest : rest.isEmpty() ? query : query + "&" + rest;
        return path + (joined.isEmpty() ? "" : "?" + joined);
    }

    private static String withoutOwn(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty())
                .filter(part -> {
                    String name = part.split("=", 2)[0];
                    return !name.equals("page") && !name.equals(LiveLimitFilter.RETRY);
                })
                .collect(Collectors.joining("&"));
    }
}
