package com.riskdesk.entry.imports.ui;

import com.riskdesk.entry.imports.ImportRecord;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The monitor's recent imports: when, who, which file, how many entries added and rows matched. */
class ImportHistory extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    final Grid<ImportRecord> grid = new Grid<>(ImportRecord.class, false);

    ImportHistory() {
        grid.setId("import-history");
        grid.addColumn(record -> WHEN.format(record.importedAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(ImportRecord::importedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(ImportRecord::fileName).setHeader("File").setFlexGrow(1);
        grid.addColumn(ImportRecord::added).setHeader("Entries added").setAutoWidth(true);
        grid.addColumn(ImportRecord::matched).setHeader("Rows matched").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Recent imports, newest first");
        add(new H2("Recent imports"), grid);
    }

    void show(List<ImportRecord> imports) {
        grid.setItems(imports);
        setVisible(!imports.isEmpty());
    }
}
