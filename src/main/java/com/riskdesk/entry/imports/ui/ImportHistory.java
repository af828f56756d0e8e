package com.riskdesk.entry.imports.ui;

import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.entry.imports.ImportRecord;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;

/** The monitor's recent imports: when, who, which file, how many entries added and rows matched. */
class ImportHistory extends Div {

    final Grid<ImportRecord> grid = new Grid<>(ImportRecord.class, false);

    ImportHistory() {
        StaffDates dates = StaffDates.ofCurrentUser(getLocale());
        grid.setId("import-history");
        grid.addColumn(record -> dates.formatUtc(record.importedAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(ImportRecord::importedBy).setHeader(getTranslation("audit.by")).setAutoWidth(true);
        grid.addColumn(ImportRecord::fileName).setHeader(getTranslation("import.file")).setFlexGrow(1);
        grid.addColumn(ImportRecord::added).setHeader(getTranslation("import.added")).setAutoWidth(true);
        grid.addColumn(ImportRecord::matched).setHeader(getTranslation("import.matched")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("import.history-grid"));
        add(new H2(getTranslation("import.history")), grid);
    }

    void show(List<ImportRecord> imports) {
        grid.setItems(imports);
        setVisible(!imports.isEmpty());
    }
}
