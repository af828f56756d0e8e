package com.riskdesk.api;

import com.riskdesk.base.web.PublicAddress;
import java.time.Instant;
import org.springframework.web.util.UriComponentsBuilder;

/** Absolute addresses of a monitor's pages and API resources, keeping the moment read ({@code asOf}) if any. */
record ApiLinks(String base, Instant asOf) {

    /** Links on the public address ({@link PublicAddress}): never a Host header the request made up. */
    static ApiLinks of(PublicAddress address, Instant asOf) {
        return new ApiLinks(address.origin(), asOf);
    }

    String dashboard(String slug) {
        return link("/monitors/{slug}", slug);
    }

    /** The dashboard with one entry selected, shown first. */
    String dashboardEntry(String slug, long entryId) {
        return UriComponentsBuilder.fromUriString(dashboard(slug)).queryParam("entry", entryId).build().toUriString();
    }

    String embed(String slug) {
        return link("/embed/monitors/{slug}", slug);
    }

    /** The methodology page: today's text whatever moment is read, so without {@code asOf}. */
    String methodology(String slug) {
        return new ApiLinks(base, null).link("/monitors/{slug}/methodology", slug);
    }

    String summary(String slug) {
        return link("/api/monitors/{slug}/summary", slug);
    }

    String entriesJson(String slug) {
        return link("/api/monitors/{slug}/entries.json", slug);
    }

    String entriesCsv(String slug) {
        return link("/api/monitors/{slug}/entries.csv", slug);
    }

    String monitor(String slug) {
        return link("/api/monitors/{slug}", slug);
    }

    String judgements(String slug) {
        return link("/api/monitors/{slug}/judgements", slug);
    }

    String judgementsCsv(String slug) {
        return link("/api/monitors/{slug}/judgements.csv", slug);
    }

    String feed(String slug) {
        return link("/api/monitors/{slug}/feed.atom", slug);
    }

    private String link(String path, String slug) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(base).path(path);
        if (asOf != null) {
            uri.queryParam(MonitorReads.AS_OF, asOf.toString());
        }
        return uri.buildAndExpand(slug).encode().toUriString();
    }
}
