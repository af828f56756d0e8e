package com.riskdesk.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address every absolute link starts with (API links, feed links, embed links, {@code og:} tags).
 * With {@code app.public-url} set it is that, whatever Host a request names. Without it, links are built on the
 * request's own host, and only host names in {@code app.allowed-hosts} (and the public URL's) are served at all:
 * the security configuration refuses any other Host with 400, so no answer, cached or not, ever carries an
 * address an attacker chose.
 */
@Component
public class PublicAddress {

    private final String publicUrl;
    private final Set<String> allowedHosts;

    PublicAddress(@Value("${app.public-url:}") String publicUrl,
                  @Value("${app.allowed-hosts:localhost,127.0.0.1,[::1]}") List<String> allowedHosts) {
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : checked(publicUrl.strip());
        this.allowedHosts = Stream.concat(allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty()),
                        Stream.ofNullable(this.publicUrl).map(url -> URI.create(url).getHost()))
                .map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether requests naming {@code host} (a host name without port) are served. */
    public boolean allowsHost(String host) {
        return host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Scheme, host, port and context path of absolute links for {@code request}, without a trailing slash. */
    public String origin(HttpServletRequest request) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80)
                || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    /** {@link #origin(HttpServletRequest)} of the request this thread is answering. */
    public String origin() {
        return origin(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
    }

    private static String checked(String url) {
        URI uri = URI.create(url);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("app.public-url must be an http(s) address such as "
                    + "https://risk.example.org (with a path if the app is served below one), not: " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
