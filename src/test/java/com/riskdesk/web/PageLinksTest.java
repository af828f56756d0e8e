package com.riskdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageLinksTest {

    @Test
    void asked_for_directly_the_retry_link_goes_to_the_live_dashboard_with_the_same_view() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/app/page/monitors/venezuela");
        request.setContextPath("/app");
        request.setQueryString("period=7d&from=2025-11-01&page=3");

        PageLinks links = PageLinks.of(request, "venezuela");

        assertThat(links.retryLive()).isEqualTo("/app/monitors/venezuela?period=7d&from=2025-11-01&live=retry");
        assertThat(links.page(4)).isEqualTo("/app/page/monitors/venezuela?period=7d&from=2025-11-01&page=4");
        assertThat(links.page(1)).isEqualTo("/app/page/monitors/venezuela?period=7d&from=2025-11-01");
    }

    @Test
    void forwarded_the_links_keep_the_address_the_reader_asked_for() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page/monitors/venezuela");
        request.setAttribute(RequestDispatcher.FORWARD_REQUEST_URI, "/monitors/venezuela");
        request.setAttribute(RequestDispatcher.FORWARD_QUERY_STRING, "asOf=2026-01-10T08:30:00Z&live=retry&entry=7");

        PageLinks links = PageLinks.of(request, "venezuela");

        assertThat(links.retryLive()).isEqualTo("/monitors/venezuela?asOf=2026-01-10T08:30:00Z&entry=7&live=retry");
        assertThat(links.page(2)).isEqualTo("/monitors/venezuela?asOf=2026-01-10T08:30:00Z&entry=7&page=2");
    }

    @Test
    void without_parameters_the_retry_link_carries_only_the_marker() {
        PageLinks links = PageLinks.of(new MockHttpServletRequest("GET", "/page/monitors/x"), "x");

        assertThat(links.retryLive()).isEqualTo("/monitors/x?live=retry");
        assertThat(links.page(2)).isEqualTo("/page/monitors/x?page=2");
    }
}
