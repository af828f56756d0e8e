package com.riskdesk.place.ui;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.WrittenHtml;
import com.riskdesk.place.Gazetteer;
import com.riskdesk.place.GazetteerPlace;
import com.riskdesk.place.MapMark;
import com.riskdesk.place.MapRegion;
import com.riskdesk.place.Place;
import com.riskdesk.place.PlaceMapSvg;
import com.riskdesk.place.PlaceRules;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;

/**
 * Where an entry happened: a country or sea searched by name, or coordinates typed as "10.5, -66.9" (decimal degrees,
 * latitude first), with the source's own wording beside it and a small map of the choice before saving. Empty is a
 * valid answer (no place). Checked again by the service ({@link PlaceRules}).
 */
public class PlaceField extends Div {

    public final ComboBox<String> where = new ComboBox<>(text("place.field.where"));
    public final TextField wording = new TextField(text("place.field.wording"));
    private final WrittenHtml preview = new WrittenHtml("place-preview", "");
    private static final double[] WORLD = {-170, -55, 180, 75};
    private MapRegion region;

    public PlaceField() {
        addClassName("place-field");
        where.setId("entry-place");
        where.setAllowCustomValue(true);
        where.setClearButtonVisible(true);
        where.setHelperText(text("place.field.where-help"));
        where.setItems(query -> Gazetteer.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()).map(GazetteerPlace::name));
        where.addCustomValueSetListener(typed -> where.setValue(typed.getDetail()));
        where.addValueChangeListener(change -> showPreview());
        wording.setId("entry-place-wording");
        wording.setMaxLength(Place.NAME_MAX);
        where.setWidthFull();
        wording.setWidthFull();
        add(where, wording, preview);
    }

    /** The place chosen, empty for none; a problem (keyed {@value PlaceRules#FIELD}) when it cannot be read. */
    public Optional<Place> place(Map<String, String> problems) {
        String text = where.getValue();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PlaceRules.parse(text, wording.getValue()));
        } catch (IllegalArgumentException unreadable) {
            problems.put(PlaceRules.FIELD, Problems.text(unreadable));
            return Optional.empty();
        }
    }

    /** In the UI's language; English when the field is used without a running Vaadin service (its own tests). */
    private static String text(String key, Object... args) {
        return Problems.text(Message.of(key, args));
    }

    public void setPlace(Place place) {
        wording.setValue(place == null || place.name() == null ? "" : place.name());
        where.setValue(place == null ? null : place.precision() == com.riskdesk.place.PlacePrecision.POINT
                ? place.latitude() + ", " + place.longitude() : place.area());
    }

    /** The monitor's map region, which the preview shows around the place (null: the preview fits the place). */
    public void setRegion(MapRegion region) {
        this.region = region;
        showPreview();
    }

    public void clear() {
        where.clear();
        wording.clear();
        where.setInvalid(false);
    }

    private void showPreview() {
        Map<String, String> problems = new java.util.HashMap<>();
        Optional<Place> place = place(problems);
        where.setInvalid(!problems.isEmpty());
        where.setErrorMessage(problems.get(PlaceRules.FIELD));
        preview.setHtml(place.map(chosen -> PlaceMapSvg.write(MapMark.of(chosen, 1, null),
                new PlaceMapSvg.Drawing(region, WORLD, null, null, PlaceField::text),
                text("place.field.map", chosen.description()), key -> "#")).orElse(""));
        preview.getElement().setAttribute("aria-label", place.map(chosen -> Problems.text(chosen.description())).orElse(""));
    }
}
