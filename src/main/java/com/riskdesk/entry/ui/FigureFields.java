package com.riskdesk.entry.ui;

import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.Indicator;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Optional;

/**
 * The inputs for one indicator's figure: the count, whether it is exact, a lower bound or a range (with its upper
 * end), and whether it is a running total or what this event adds. Empty count means no figure.
 */
class FigureFields extends Div {

    private final Indicator indicator;
    final IntegerField value = new IntegerField();
    final Select<Qualifier> qualifier = new Select<>();
    final IntegerField upper = new IntegerField("Up to");
    final Select<Basis> basis = new Select<>();

    FigureFields(Indicator indicator) {
        this.indicator = indicator;
        addClassName("figure-fields");
        value.setLabel(indicator.name());
        value.setId("figure-" + indicator.code());
        value.setMin(0);
        value.setMax(Figure.MAX_VALUE);
        value.setStepButtonsVisible(false);
        value.setHelperText("Whole number, leave empty if not reported");
        qualifier.setLabel("Qualifier");
        qualifier.setItems(Qualifier.values());
        qualifier.setItemLabelGenerator(FigureFields::describe);
        qualifier.addValueChangeListener(change -> upper.setVisible(change.getValue() == Qualifier.RANGE));
        upper.setMin(0);
        upper.setMax(Figure.MAX_VALUE);
        upper.setVisible(false);
        basis.setLabel("Counts");
        basis.setItems(Basis.values());
        basis.setItemLabelGenerator(b -> b == Basis.CUMULATIVE ? "Running total" : "This event only");
        clear();
        add(value, qualifier, upper, basis);
    }

    String code() {
        return indicator.code();
    }

    /** The figure entered, or empty when no count is given. Throws IllegalArgumentException for impossible ones. */
    Optional<Figure> figure() {
        if (value.getValue() == null) {
            return Optional.empty();
        }
        Qualifier chosen = qualifier.getValue();
        return Optional.of(new Figure(basis.getValue(), chosen, value.getValue(),
                chosen == Qualifier.RANGE ? upper.getValue() : null));
    }

    boolean hasUnparsableInput() {
        return value.isInvalid() && value.getValue() == null && !value.isEmpty()
                || upper.isVisible() && upper.isInvalid() && upper.getValue() == null;
    }

    void show(Figure figure) {
        if (figure == null) {
            clear();
            return;
        }
        value.setValue(figure.low());
        qualifier.setValue(figure.qualifier());
        upper.setValue(figure.high());
        basis.setValue(figure.basis());
    }

    void clear() {
        value.clear();
        upper.clear();
        qualifier.setValue(Qualifier.EXACT);
        basis.setValue(Basis.INCREMENT);
    }

    void showProblem(String message) {
        value.setErrorMessage(message);
        value.setInvalid(true);
    }

    private static String describe(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> "Exact";
            case AT_LEAST -> "At least";
            case RANGE -> "Range";
        };
    }
}
