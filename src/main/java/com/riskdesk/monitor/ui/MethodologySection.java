package com.riskdesk.monitor.ui;

import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.Notices;
import com.riskdesk.monitor.MethodologyNotes;
import com.riskdesk.monitor.MethodologyService;
import com.riskdesk.monitor.MonitorDetails;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The monitor's own parts of its public methodology page, under the monitor form: a note, the sources policy and the
 * corrections policy. Saved on their own (the rest of the page is shared text, written from the definition), with the
 * version loaded, so an admin never overwrites another's save.
 */
class MethodologySection extends Section {

    final TextArea note = area("Methodology note", "What this monitor follows and how; shown first on the page");
    final TextArea sourcesPolicy = area("Sources policy for this monitor",
            "Added below the shared sources policy, e.g. which outlets count and how claims are weighed");
    final TextArea correctionsPolicy = area("Corrections policy for this monitor",
            "Added below the shared corrections policy, e.g. how fast corrections are made and who to write to");
    final Button save = new Button("Save methodology");
    final FormProblems problems = new FormProblems();
    private final MethodologyService methodology;
    private final long monitorId;
    private int version;

    MethodologySection(MethodologyService methodology, MonitorDetails monitor) {
        this.methodology = methodology;
        this.monitorId = monitor.id();
        addClassName("monitor-form-section");
        setId("methodology");
        Paragraph hint = new Paragraph("The public page ");
        Anchor page = new Anchor("monitors/" + monitor.slug() + "/methodology", "How the figures are made");
        page.getElement().setAttribute("router-ignore", true);
        page.setTarget("_blank");
        hint.add(page, new Text(" also lists the indicators, the ladder and how figures "
                + "are worked out, from the definition above. Plain text; blank lines are kept."));
        hint.addClassName("admin-form-hint");
        save.addClickListener(click -> save());
        MethodologyService.Versioned loaded = methodology.notes(monitorId);
        show(loaded);
        add(new H2("Methodology page"), hint, problems, note, sourcesPolicy, correctionsPolicy, save);
    }

    private void show(MethodologyService.Versioned loaded) {
        version = loaded.version();
        note.setValue(loaded.notes().note());
        sourcesPolicy.setValue(loaded.notes().sourcesPolicy());
        correctionsPolicy.setValue(loaded.notes().correctionsPolicy());
    }

    private void save() {
        try {
            show(methodology.update(monitorId, version, new MethodologyNotes(note.getValue(), sourcesPolicy.getValue(),
                    correctionsPolicy.getValue())));
            problems.show(List.of());
            Notices.done("Saved the methodology page");
        } catch (IllegalArgumentException refused) {  // a conflict too: someone else saved meanwhile
            problems.show(List.of(Problems.text(refused)));
        }
    }

    private static TextArea area(String label, String helper) {
        TextArea area = new TextArea(label);
        area.setMaxLength(MethodologyNotes.PART_MAX);
        area.setHelperText(helper);
        area.setWidthFull();
        return area;
    }
}
