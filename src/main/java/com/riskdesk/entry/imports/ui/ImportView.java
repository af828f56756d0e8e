package com.riskdesk.entry.imports.ui;

import com.riskdesk.entry.imports.ImportPlan;
import com.riskdesk.entry.imports.ImportRecord;
import com.riskdesk.entry.imports.ImportRefusedException;
import com.riskdesk.entry.imports.ImportService;
import com.riskdesk.entry.review.ReviewRequiredException;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.monitor.ui.MonitorChoice;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed("EDITOR")
public class ImportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int FILE_MAX_BYTES = 64 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final ImportService imports;
    private final MonitorService monitors;
    final Select<MonitorDetails> monitorSelect = new Select<>();
    final Upload upload = new Upload();
    final DryRunReport report = new DryRunReport();
    final Button importButton = new Button(getTranslation("import.import"));
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
        monitorSelect.setLabel(getTranslation("import.monitor"));
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
        add(new H1(getTranslation("import.title")));
        if (monitor == null) {
            add(new Paragraph(getTranslation("import.no-monitor")));
            return;
        }
        monitorSelect.setItems(all);
        monitorSelect.setValue(monitor);
        upload.setUploadHandler(dryRunOnUpload(monitor.id()));
        export.setHref("/api/monitors/" + monitor.slug() + "/entries.csv");
        export.setText(getTranslation("import.format-link"));
        Paragraph format = new Paragraph(getTranslation("import.format-before"));
        format.add(export, new Text(getTranslation("import.format-after")));
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
        importButton.setText(plan.canImport() ? getTranslation("import.import-count", plan.toAdd())
                : getTranslation("import.import"));
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
        showStatus(getTranslation("import.importing", total));
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
                    showStatus(getTranslation("import.review-required"));
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
        showStatus(written < total ? getTranslation("import.progress", written, total)
                : getTranslation("import.all-written", total));
    }

    private void finished(ImportRecord done) {
        file = null;
        progress.setValue(1);
        progress.setVisible(false);
        upload.clearFileList();
        upload.setVisible(true);
        report.setVisible(false);
        importButton.setText(getTranslation("import.import"));
        showStatus(getTranslation("import.done", done.added(), done.fileName(), done.id(), done.matched()));
        history.show(imports.history(monitor.id(), 20));
    }

    private void refused(ImportPlan plan) {
        progress.setVisible(false);
        upload.setVisible(true);
        report.show(plan);
        showStatus(getTranslation("import.nothing-imported", report.describe(plan)));
    }

    private void failed() {
        progress.setVisible(false);
        upload.setVisible(true);
        importButton.setEnabled(file != null);
        showStatus(getTranslation("import.failed"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.page-title");
    }

    private void showStatus(String text) {
        status.setText(text);
    }
}
