package com.riskdesk.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The link preview image over real HTTP, anonymously, as a social network's crawler fetches it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class PreviewImageTest {

    private static final String PREVIEW = "/api/monitors/venezuela/preview.png";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Test
    void preview_is_a_1200_by_630_png_with_an_etag_and_five_minutes_of_caching() throws Exception {
        HttpResponse<byte[]> response = get(PREVIEW, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(
                etag -> assertThat(etag).matches("\"[0-9a-f]{24}\""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void asking_again_with_the_etag_gets_304_without_a_body() throws Exception {
        String etag = get(PREVIEW, null).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = get(PREVIEW, etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get(PREVIEW, "\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void a_pinned_preview_is_another_image_cached_for_long() throws Exception {
        HttpResponse<byte[]> live = get(PREVIEW, null);
        HttpResponse<byte[]> pinned = get(PREVIEW + "?asOf=" + TestData.NOW, null);

        assertThat(pinned.statusCode()).isEqualTo(200);
        assertThat(pinned.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("public", "max-age=31536000"));
        assertThat(pinned.headers().firstValue("ETag")).isNotEqualTo(live.headers().firstValue("ETag"));
        assertThat(pinned.body()).isNotEqualTo(live.body());
        assertThat(ImageIO.read(new ByteArrayInputStream(pinned.body())).getWidth()).isEqualTo(1200);
        assertThat(get(PREVIEW + "?asOf=2026-01-15T13:00:00%2B01:00", null).headers().firstValue("ETag"))
                .as("the same moment written with an offset").isEqualTo(pinned.headers().firstValue("ETag"));
    }

    @Test
    void a_spanish_preview_is_its_own_image_and_says_its_problems_in_spanish() throws Exception {
        HttpResponse<byte[]> english = get(PREVIEW, null);
        HttpResponse<byte[]> spanish = get(PREVIEW + "?lang=es", null);

        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.headers().firstValue("ETag")).isNotEqualTo(english.headers().firstValue("ETag"));
        assertThat(spanish.body()).isNotEqualTo(english.body());
        assertThat(new String(get("/api/monitors/atlantis/preview.png?lang=es", null).body(), StandardCharsets.UTF_8))
                .isEqualTo("No existe ese monitor");
        assertThat(new String(get(PREVIEW + "?asOf=2030-01-01T00:00:00Z&lang=es", null).body(), StandardCharsets.UTF_8))
                .startsWith("asOf debe ser un momento pasado");
    }

    @Test
    void unknown_monitor_is_404() throws Exception {
        assertThat(get("/api/monitors/atlantis/preview.png", null).statusCode()).isEqualTo(404);
    }

    @Test
    void malformed_or_future_as_of_is_400_without_a_stack_trace() throws Exception {
        HttpResponse<byte[]> malformed = get(PREVIEW + "?asOf=yesterday", null);
        HttpResponse<byte[]> future = get(PREVIEW + "?asOf=2030-01-01T00:00:00Z", null);

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(new String(malformed.body())).contains("asOf").doesNotContain("Exception", "at com.");
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
