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

    final TextArea note = area("monitor.methodology.note");
    final TextArea sourcesPolicy = area("monitor.methodology.sources");
    final TextArea correctionsPolicy = area("monitor.methodology.corrections");
    final Button save = new Button(getTranslation("monitor.methodology.save"));
    final FormProblems problems = new FormProblems();
    private final MethodologyService methodology;
    private final long monitorId;
    private int version;

    MethodologySection(MethodologyService methodology, MonitorDetails monitor) {
        this.methodology = methodology;
        this.monitorId = monitor.id();
        addClassName("monitor-form-section");
        setId("methodology");
        Paragraph hint = new Paragraph(getTranslation("monitor.methodology.hint-before"));
        Anchor page = new Anchor("monitors/" + monitor.slug() + "/methodology", getTranslation("monitor.methodology.link"));
        page.getElement().setAttribute("router-ignore", true);
        page.setTarget("_blank");
        hint.add(page, new Text(getTranslation("monitor.methodology.hint-after")));
        hint.addClassName("admin-form-hint");
        save.addClickListener(click -> save());
        MethodologyService.Versioned loaded = methodology.notes(monitorId);
        show(loaded);
        add(new H2(getTranslation("monitor.methodology.title")), hint, problems, note, sourcesPolicy, correctionsPolicy, save);
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
            Notices.done(getTranslation("monitor.methodology.saved"));
        } catch (IllegalArgumentException refused) {  // a conflict too: someone else saved meanwhile
            problems.show(List.of(Problems.text(refused)));
        }
    }

    /** A text area labelled by {@code key} with its help text at {@code key.help}. */
    private TextArea area(String key) {
        TextArea area = new TextArea(getTranslation(key));
        area.setMaxLength(MethodologyNotes.PART_MAX);
        area.setHelperText(getTranslation(key + ".help"));
        area.setWidthFull();
        return area;
    }
}
