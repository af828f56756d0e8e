package com.riskdesk.entry.imports.ui;

import com.riskdesk.entry.imports.ImportPlan;
import com.riskdesk.entry.imports.ImportRecord;
import com.riskdesk.entry.imports.ImportRefusedException;
import com.riskdesk.entry.imports.ImportService;
import com.riskdesk.entry.review.ReviewRequiredException;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.ui.MonitorChoice;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Bulk import for staff: upload a CSV, read the dry run (rows to add, rows matching entries, every problem), then
 * import. The import runs off the request thread, in one transaction, with its progress shown; the page stays usable.
 */
@Route("admin/import")
@PageTitle("Import · Staff · Risk Monitor")
@RolesAllowed("EDITOR")
public class ImportView extends Div implements BeforeEnterObserver {

    static final int FILE_MAX_BYTES = 64 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final ImportService imports;
    private final MonitorService monitors;
    final Select<MonitorDetails> monitorSelect = new Select<>();
    final Upload upload = new Upload();
    final DryRunReport report = new DryRunReport();
    final Button importButton = new Button("Import");
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final ImportHistory history = new ImportHistory();
    private final Anchor export = new Anchor();
    private MonitorDetails monitor;
    private String fileName;
    private byte[] file;
    private long toAdd;

    ImportView(ImportService imports, MonitorService monitors) {
        this.imports = imports;
        this.monitors = monitors;
        addClassName("import-view");
        monitorSelect.setLabel("Monitor");
        monitorSelect.setItemLabelGenerator(MonitorDetails::name);
        monitorSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ImportView.class,
                        QueryParameters.of("monitor", change.getValue().slug())));
            }
        });
        upload.setId("import-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FILE_MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(rejected -> showStatus(rejected.getErrorMessage()));
        export.setRouterIgnore(true);
        importButton.setId("import-start");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> startImport());
        progress.setId("import-progress");
        progress.setVisible(false);
        status.setId("import-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MonitorDetails> all = monitors.all();
        monitor = MonitorChoice.from(event.getLocation().getQueryParameters(), all);
        removeAll();
        add(new H1("Import entries"));
        if (monitor == null) {
            add(new Paragraph("There is no monitor yet. An admin adds one under Monitors."));
            return;
        }
        monitorSelect.setItems(all);
        monitorSelect.setValue(monitor);
        upload.setUploadHandler(dryRunOnUpload(monitor.id()));
        export.setHref("/api/monitors/" + monitor.slug() + "/entries.csv");
        export.setText("this monitor's entries.csv");
        Paragraph format = new Paragraph("Upload a CSV in the format of ");
        format.add(export, new Text(" (edit it in a spreadsheet and upload it again: rows with an id, or "
                + "with the date, headline and source of an entry, match that entry and are left as they are), or "
                + "the minimal format: date, kind, headline, source_outlet, source_title, confidence and a column per "
                + "indicator with figures such as \"12 (this event)\" or \"at least 83 (running total)\". "
                + "Nothing is written before you press Import, and then every row or none."));
        add(monitorSelect, format, upload, report, importButton, progress, status, history);
        history.show(imports.history(monitor.id(), 20));
    }

    /**
     * Reads the file and runs the dry run on the upload's own request thread, without holding the UI's lock (a large
     * file takes seconds), then shows the result in the UI.
     */
    private UploadHandler dryRunOnUpload(long monitorId) {
        return event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readAllBytes();
            }
            String name = event.getFileName();
            ImportPlan plan = imports.dryRun(monitorId, name, data);
            event.getUI().access(() -> showDryRun(name, data, plan));
        };
    }

    private void showDryRun(String name, byte[] data, ImportPlan plan) {
        fileName = name;
        file = data;
        toAdd = plan.toAdd();
        upload.clearFileList();
        report.show(plan);
        importButton.setEnabled(plan.canImport());
        importButton.setText(plan.canImport() ? "Import " + plan.toAdd() + (plan.toAdd() == 1 ? " entry" : " entries")
                : "Import");
        showStatus("");
    }

    private void startImport() {
        UI ui = UI.getCurrent();
        String name = fileName;
        byte[] data = file;
        long monitorId = monitor.id();
        long total = Math.max(1, toAdd);
        importButton.setEnabled(false);
        upload.setVisible(false);
        progress.setVisible(true);
        progress.setValue(0);
        showStatus("Importing " + total + " entries…");
        Runnable work = () -> {
            try {
                ImportRecord done = imports.importFile(monitorId, name, data,
                        written -> ui.access(() -> showProgress(written, total)));
                ui.access(() -> finished(done));
            } catch (ImportRefusedException refused) {
                ui.access(() -> refused(refused.plan()));
            } catch (ReviewRequiredException reviewed) {
                ui.access(() -> {
                    failed();
                    showStatus(reviewed.getMessage() + ".");
                });
            } catch (RuntimeException e) {
                LOG.error("Import of {} failed", name, e);
                ui.access(() -> failed());
            }
        };
        Thread.ofVirtual().name("import-", 0).start(
                new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void showProgress(int written, long total) {
        progress.setValue(Math.min(1.0, written / (double) total));
        showStatus(written < total ? "Importing: " + written + " of " + total + " entries written…"
                : "All " + total + " entries written; updating the dashboard's figures…");
    }

    private void finished(ImportRecord done) {
        file = null;
        progress.setValue(1);
        progress.setVisible(false);
        upload.clearFileList();
        upload.setVisible(true);
        report.setVisible(false);
        importButton.setText("Import");
        showStatus("Imported " + done.added() + (done.added() == 1 ? " entry" : " entries") + " from " + done.fileName()
                + " (import #" + done.id() + "); " + done.matched() + " matching rows left as they were.");
        history.show(imports.history(monitor.id(), 20));
    }

    private void refused(ImportPlan plan) {
        progress.setVisible(false);
        upload.setVisible(true);
        report.show(plan);
        showStatus("Nothing was imported: " + DryRunReport.describe(plan));
    }

    private void failed() {
        progress.setVisible(false);
        upload.setVisible(true);
        importButton.setEnabled(file != null);
        showStatus("The import could not be stored, and nothing was imported. Try again; if it fails again, "
                + "tell an admin (the reason is in the server log).");
    }

    private void showStatus(String text) {
        status.setText(text);
    }
}
