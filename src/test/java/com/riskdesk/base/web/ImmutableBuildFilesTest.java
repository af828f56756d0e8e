package com.riskdesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ImmutableBuildFilesTest {

    private final ImmutableBuildFiles filter = new ImmutableBuildFiles();

    @Test
    void a_hashed_build_file_is_cached_for_a_year_as_immutable() throws Exception {
        assertThat(cacheControl("/VAADIN/build/indexhtml-Btcee3cn.js", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(cacheControl("/VAADIN/build/chunk-1aacc-Bkb4VG3P.js", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void development_mode_no_cache_and_unhashed_names_are_left_alone() throws Exception {
        assertThat(cacheControl("/VAADIN/build/indexhtml-Btcee3cn.js", "no-cache")).isEqualTo("no-cache");
        assertThat(cacheControl("/VAADIN/build/stats.json", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(cacheControl("/lumo/lumo.css", "max-age=3600")).isEqualTo("max-age=3600");
    }

    private String cacheControl(String path, String sentByVaadin) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response,
                (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", sentByVaadin));
        return response.getHeader("Cache-Control");
    }
}
