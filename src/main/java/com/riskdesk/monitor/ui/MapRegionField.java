package com.riskdesk.monitor.ui;

import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.base.ui.WrittenHtml;
import com.riskdesk.place.MapRegion;
import com.riskdesk.place.PlaceMapSvg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * The part of the world a monitor's map shows by default: countries and seas by name ("Gulf of Mexico; Cuba")
 * or bounds typed as "west, south, east, north", with a small map of the region as it will be shown. Empty: no
 * region (the map fits the entries' places).
 */
class MapRegionField extends Div {

    private static final double[] WORLD = {-170, -55, 180, 75};

    final TextField spec = new TextField(getTranslation("map-region.label"));
    final WrittenHtml preview = new WrittenHtml("place-preview map-region-preview", "");

    MapRegionField() {
        addClassName("map-region-field");
        spec.setId("monitor-map-region");
        spec.setMaxLength(MapRegion.SPEC_MAX);
        spec.setClearButtonVisible(true);
        spec.setWidthFull();
        spec.setHelperText(getTranslation("map-region.help"));
        spec.setManualValidation(true);
        spec.addValueChangeListener(change -> {
            try {
                show(value());
            } catch (RefusedException refused) {
                show(null);
            }
        });
        add(spec, preview);
    }

    /** The region typed, null for none; {@link RefusedException} (also shown on the field) when it cannot be read. */
    MapRegion value() {
        try {
            MapRegion region = MapRegion.parse(spec.getValue());
            spec.setInvalid(false);
            return region;
        } catch (RefusedException refused) {
            spec.setInvalid(true);
            spec.setErrorMessage(getTranslation(refused.reason().key(), refused.reason().argArray()));
            throw refused;
        }
    }

    /** The field's problem as the form lists it, translated. */
    String problem(RefusedException refused) {
        return spec.getLabel() + ": " + getTranslation(refused.reason().key(), refused.reason().argArray());
    }

    void setValue(MapRegion region) {
        spec.setValue(region == null ? "" : region.spec());
        show(region);
    }

    private void show(MapRegion region) {
        preview.setHtml(region == null ? "" : PlaceMapSvg.write(List.of(),
                new PlaceMapSvg.Drawing(region, WORLD, null, null, this::getTranslation),
                getTranslation("map-region.preview", region.spec()), key -> "#"));
    }
}
