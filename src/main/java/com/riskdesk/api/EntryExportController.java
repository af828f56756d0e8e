package com.riskdesk.api;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.base.web.PublicAddress;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import com.riskdesk.place.PlaceGeometry;
import com.riskdesk.place.PlacePrecision;

/**
 * Every entry of a monitor as JSON or CSV, as it stood at {@code asOf}. Written straight to the response, page by
 * page, so an export of any size needs no more memory than one page.
 */
@RestController
@RequestMapping("/api/monitors/{slug}")
class EntryExportController {

    private static final DateTimeFormatter FILE_MOMENT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final MonitorReads reads;
    private final AllEntries entries;
    private final JsonMapper json;
    private final PublicAddress address;
    private final Translations translations;

    EntryExportController(MonitorReads reads, AllEntries entries, JsonMapper json, PublicAddress address,
                          Translations translations) {
        this.translations = translations;
        this.address = address;
        this.reads = reads;
        this.entries = entries;
        this.json = json;
    }

    @GetMapping("/entries.json")
    void json(@PathVariable String slug, @RequestParam(name = MonitorReads.AS_OF, required = false) String asOf,
              @RequestParam(name = Languages.PARAMETER, required = false) String lang,
              ServletWebRequest request, HttpServletResponse response) throws IOException {
        MonitorRead read = reads.read(slug, asOf);
        DashboardWords words = JsonParts.words(lang);
        if (notModified(request, read, JsonParts.format("entries.json", words))) {
            return;
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        ApiLinks links = ApiLinks.of(address, read.asOf());
        try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writePOJOProperty("slug", read.slug());
            out.writePOJOProperty("name", read.monitor().name());
            out.writePOJOProperty("dashboardUrl", links.dashboard(read.slug()));
            out.writePOJOProperty("asOf", read.readAt());
            out.writePOJOProperty("snapshot", read.snapshot());
            out.writeName("entries");
            out.writeStartArray();
            long count = entries.forEach(read, line -> out.writePOJO(EntryRecord.of(line, read.monitor(), words)));
            out.writeEndArray();
            out.writePOJOProperty("count", count);
            out.writeEndObject();
        }
    }

    @GetMapping("/entries.csv")
    void csv(@PathVariable String slug, @RequestParam(name = MonitorReads.AS_OF, required = false) String asOf,
             @RequestParam(name = Languages.PARAMETER, required = false) String lang,
             ServletWebRequest request, HttpServletResponse response) throws IOException {
        MonitorRead read = reads.read(slug, asOf);
        ExportWords words = ExportWords.of(translations, lang);
        if (notModified(request, read, words.english() ? "entries.csv" : "entries.csv." + words.language())) {
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName(read, "csv")).build().toString());
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(writer);
        EntryCsv columns = new EntryCsv(read.monitor(), words);
        csv.row(columns.header());
        entries.forEach(read, line -> csv.row(columns.row(line)));
        writer.flush();
    }

    /**
     * The entries that have a place, as an RFC 7946 FeatureCollection: each feature's properties are the entry as in
     * {@code entries.json}; areas and countries are their outlines, or with {@code geometry=centroid} a point
     * flagged {@code approximate}. Entries without a place are counted in {@code unplacedEntries}.
     */
    @GetMapping(value = "/entries.geojson")
    void geojson(@PathVariable String slug, @RequestParam(name = MonitorReads.AS_OF, required = false) String asOf,
                 @RequestParam(name = "geometry", required = false) String geometry,
                 @RequestParam(name = Languages.PARAMETER, required = false) String lang,
                 ServletWebRequest request, HttpServletResponse response) throws IOException {
        MonitorRead read = reads.read(slug, asOf);
        boolean centroids = "centroid".equals(geometry);
        DashboardWords words = JsonParts.words(lang);
        if (notModified(request, read, JsonParts.format(centroids ? "entries.geojson.centroid" : "entries.geojson",
                words))) {
            return;
        }
        response.setContentType("application/geo+json");
        ApiLinks links = ApiLinks.of(address, read.asOf());
        long[] unplaced = {0};
        try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writePOJOProperty("type", "FeatureCollection");
            out.writePOJOProperty("name", read.monitor().name());
            out.writePOJOProperty("dashboardUrl", links.dashboard(read.slug()));
            out.writePOJOProperty("asOf", read.readAt());
            out.writePOJOProperty("snapshot", read.snapshot());
            out.writeName("features");
            out.writeStartArray();
            entries.forEach(read, line -> {
                if (line.place() == null) {
                    unplaced[0]++;
                    return;
                }
                ObjectNode properties = json.valueToTree(EntryRecord.of(line, read.monitor(), words));
                boolean approximate = centroids && line.place().precision() != PlacePrecision.POINT;
                properties.put("approximate", approximate);
                out.writeStartObject();
                out.writePOJOProperty("type", "Feature");
                out.writePOJOProperty("id", line.id());
                out.writePOJOProperty("geometry", centroids ? PlaceGeometry.centroid(line.place())
                        : PlaceGeometry.outline(line.place()));
                out.writePOJOProperty("properties", properties);
                out.writeEndObject();
            });
            out.writeEndArray();
            out.writePOJOProperty("unplacedEntries", unplaced[0]);
            out.writeEndObject();
        }
    }

    private static boolean notModified(ServletWebRequest request, MonitorRead read, String format) {
        String etag = HttpCaching.etag(format, read.monitor().version(), read.lastChange().toEpochMilli(),
                read.asOf());
        return HttpCaching.notModified(request, read.snapshot(), etag, read.lastChange());
    }

    /** "gulf-entries.csv", or for a snapshot "gulf-entries-20260110T120000Z.csv". */
    private static String fileName(MonitorRead read, String extension) {
        return read.slug() + "-entries" + (read.snapshot() ? "-" + FILE_MOMENT.format(read.asOf()) : "")
                + "." + extension;
    }
}
