package com.riskdesk.entry.ui;

import com.riskdesk.base.ui.Problems;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.Indicator;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs for one indicator's figure: the count, whether it is exact, a lower bound or a range (with its upper
 * end), and whether it is a running total or what this event adds. Empty count means no figure.
 * <p>Counts are plain text fields parsed here, so whatever was typed ("12a", 99999999999, -5) is either a figure or a
 * problem at its field, never silently nothing. "Counts" has no default: a figure without it is refused, because the
 * two readings publish very different totals.
 */
class FigureFields extends Div {

    private final Indicator indicator;
    final TextField value = new TextField();
    final Select<Qualifier> qualifier = new Select<>();
    final TextField upper = new TextField(getTranslation("entry.figure.up-to"));
    // A select, not radio buttons: only components already in the committed frontend bundles may be used.
    final Select<Basis> basis = new Select<>();

    FigureFields(Indicator indicator) {
        this.indicator = indicator;
        addClassName("figure-fields");
        value.setLabel(indicator.name());
        value.setId("figure-" + indicator.code());
        value.setHelperText(getTranslation("entry.figure.value-help"));
        numeric(value);
        numeric(upper);
        qualifier.setLabel(getTranslation("entry.figure.qualifier"));
        qualifier.setItems(Qualifier.values());
        qualifier.setItemLabelGenerator(this::describe);
        qualifier.addValueChangeListener(change -> upper.setVisible(change.getValue() == Qualifier.RANGE));
        upper.setVisible(false);
        basis.setId("basis-" + indicator.code());
        basis.setLabel(getTranslation("entry.figure.counts"));
        basis.setPlaceholder(getTranslation("entry.figure.choose"));
        basis.setItems(Basis.values());
        basis.setItemLabelGenerator(this::describe);
        basis.setHelperText(getTranslation("entry.figure.basis-help"));
        clear();
        add(value, qualifier, upper, basis);
    }

    private static void numeric(TextField field) {
        field.setMaxLength(12);
        field.getElement().setAttribute("inputmode", "numeric");
        field.addClassName("figure-number");
    }

    String code() {
        return indicator.code();
    }

    String name() {
        return indicator.name();
    }

    /**
     * The figure entered, or empty when no count is given. Every problem is put into {@code problems} under the key of
     * the field it belongs to ("figure.deaths", "figure.deaths.upper", "figure.deaths.basis").
     */
    Optional<Figure> figure(Map<String, String> problems) {
        String key = "figure." + code();
        if (value.getValue().isBlank()) {
            return Optional.empty();
        }
        Integer low = parse(value.getValue());
        if (low == null) {
            problems.put(key, numberProblem());
        }
        Integer high = null;
        Qualifier chosen = qualifier.getValue();
        if (chosen == Qualifier.RANGE) {
            high = parse(upper.getValue());
            if (high == null) {
                problems.put(key + ".upper", numberProblem());
            }
        }
        if (basis.getValue() == null) {
            problems.put(key + ".basis", getTranslation("entry.figure.basis-missing"));
        }
        if (problems.containsKey(key) || problems.containsKey(key + ".upper") || problems.containsKey(key + ".basis")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Figure(basis.getValue(), chosen, low, high));
        } catch (IllegalArgumentException e) {
            problems.put(key, Problems.text(e));
            return Optional.empty();
        }
    }

    /** A whole number from 0 to {@link Figure#MAX_VALUE}, or null for anything else (letters, signs, overflow). */
    static Integer parse(String text) {
        String digits = text == null ? "" : text.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int number = Integer.parseInt(digits);
        return number <= Figure.MAX_VALUE ? number : null;
    }

    void show(Figure figure) {
        if (figure == null) {
            clear();
            return;
        }
        value.setValue(Integer.toString(figure.low()));
        qualifier.setValue(figure.qualifier());
        upper.setValue(figure.high() == null ? "" : Integer.toString(figure.high()));
        basis.setValue(figure.basis());
    }

    void clear() {
        value.clear();
        upper.clear();
        qualifier.setValue(Qualifier.EXACT);
        basis.clear();
    }

    void problemFields(Map<String, HasValidation> fields) {
        fields.put("figure." + code(), value);
        fields.put("figure." + code() + ".upper", upper);
        fields.put("figure." + code() + ".basis", basis);
    }

    /** "Enter a whole number from 0 to …", in the reader's language. */
    String numberProblem() {
        return getTranslation("entry.figure.number-problem", Integer.toString(Figure.MAX_VALUE));
    }

    String describe(Basis basis) {
        return getTranslation(basis == Basis.CUMULATIVE ? "entry.figure.cumulative" : "entry.figure.increment");
    }

    private String describe(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> getTranslation("entry.figure.exact");
            case AT_LEAST -> getTranslation("entry.figure.at-least");
            case RANGE -> getTranslation("entry.figure.range");
        };
    }
}
