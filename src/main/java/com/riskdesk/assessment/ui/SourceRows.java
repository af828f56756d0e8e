package com.riskdesk.assessment.ui;

import com.riskdesk.assessment.JudgementRules;
import com.riskdesk.assessment.JudgementSource;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A judgement's sources as rows of name and address (optional), at least one row; each field shows its own problem. */
class SourceRows extends Div {

    final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Span problem = new Span();
    final Button add = new Button(getTranslation("judgement.source.add"), click -> addRow(new JudgementSource("", "")));

    SourceRows() {
        addClassName("judgement-source-rows");
        problem.addClassName("field-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, problem, add);
    }

    void setSources(List<JudgementSource> sources) {
        rows.clear();
        list.removeAll();
        (sources.isEmpty() ? List.of(new JudgementSource("", "")) : sources).forEach(this::addRow);
    }

    /** The rows that are not left wholly empty. */
    List<JudgementSource> value() {
        return rows.stream()
                .filter(row -> !row.name.getValue().isBlank() || !row.url.getValue().isBlank())
                .map(row -> new JudgementSource(row.name.getValue(), row.url.getValue()))
                .toList();
    }

    void showProblems(Map<String, String> problems) {
        String missing = problems.get(JudgementRules.SOURCES);
        problem.setText(missing == null ? "" : missing);
        problem.setVisible(missing != null);
        // The keys count the rows that were given, which are the filled rows in order.
        List<Row> filled = rows.stream()
                .filter(row -> !row.name.getValue().isBlank() || !row.url.getValue().isBlank()).toList();
        rows.forEach(row -> {
            mark(row.name, null);
            mark(row.url, null);
        });
        if (missing != null && !rows.isEmpty()) {
            mark(rows.getFirst().name, missing);
        }
        for (int i = 0; i < filled.size(); i++) {
            mark(filled.get(i).name, problems.get(JudgementRules.sourceName(i)));
            mark(filled.get(i).url, problems.get(JudgementRules.sourceUrl(i)));
        }
    }

    private static void mark(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    private void addRow(JudgementSource source) {
        Row row = new Row(rows.size() + 1, source);
        rows.add(row);
        list.add(row.layout);
    }

    /** One source: its name, its address and a way to remove it. */
    final class Row {

        final TextField name = new TextField();
        final TextField url = new TextField();
        final Div layout;

        Row(int number, JudgementSource source) {
            name.setLabel(getTranslation("judgement.source.name", number));
            name.setMaxLength(JudgementSource.NAME_MAX);
            name.setValue(source.name() == null ? "" : source.name());
            url.setLabel(getTranslation("judgement.source.url", number));
            url.setMaxLength(JudgementSource.URL_MAX);
            url.setPlaceholder("https://");
            url.setValue(source.url() == null ? "" : source.url());
            name.setManualValidation(true);
            url.setManualValidation(true);
            Button remove = new Button(getTranslation("monitor.rows.remove"), click -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("judgement.source.remove", number));
            layout = new Div(name, url, remove);
            layout.addClassName("judgement-source-row");
        }

        private void remove() {
            rows.remove(this);
            list.remove(layout);
            if (rows.isEmpty()) {
                addRow(new JudgementSource("", ""));
            }
        }
    }
}
