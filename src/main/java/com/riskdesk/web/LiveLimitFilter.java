package com.riskdesk.web;

import com.riskdesk.live.LiveDashboards;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Never fall over: when as many dashboards are open live as the heap holds ({@link LiveDashboards#isFull()}), a new
 * viewer of {@code /monitors/{slug}} gets the same view as a server-written page ({@code /page/monitors/{slug}}, same
 * address and parameters) that says live updates are paused, instead of one more live dashboard. Only the opening of
 * a dashboard page is turned away: requests of dashboards already open, staff screens, the API, the embed and the
 * feed pass untouched.
 */
@Component
class LiveLimitFilter extends OncePerRequestFilter {

    private static final Pattern DASHBOARD = Pattern.compile("/monitors/([^/]+)/?");

    /** What the paused page's "Try the live view again" link adds, so no cache serves the paused page for it. */
    static final String RETRY = "live";

    private final LiveDashboards live;

    LiveLimitFilter(LiveDashboards live) {
        this.live = live;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher dashboard = DASHBOARD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if ("GET".equals(request.getMethod()) && dashboard.matches() && request.getParameter("v-r") == null) {
            if (live.isFull()) {
                request.getRequestDispatcher("/page/monitors/" + dashboard.group(1)).forward(request, response);
                return;
            }
            if (request.getParameter(RETRY) != null) {
                // Back from the paused page with room to spare: the address to keep and pass on is the view alone.
                response.sendRedirect(request.getRequestURI() + withoutRetry(request.getQueryString()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The query string without the retry marker, the rest as written; "" when nothing is left. */
    static String withoutRetry(String query) {
        String kept = Arrays.stream(query == null ? new String[0] : query.split("&"))
                .filter(part -> !part.equals(RETRY) && !part.startsWith(RETRY + "="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }
}
