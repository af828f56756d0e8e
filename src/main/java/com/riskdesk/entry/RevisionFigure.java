package com.riskdesk.entry;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A figure as stored in an entry revision (its own table; the values are those of {@link Figure}). */
@Table("entry_revision_figure")
record RevisionFigure(Basis basis, Qualifier qualifier, @Column("value_low") int low,
                      @Column("value_high") Integer high) {

    static RevisionFigure of(Figure figure) {
        return new RevisionFigure(figure.basis(), figure.qualifier(), figure.low(), figure.high());
    }

    Figure toFigure() {
        return new Figure(basis, qualifier, low, high);
    }
}
