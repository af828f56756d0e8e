package com.riskdesk.entry;

import com.riskdesk.base.i18n.RefusedException;
import java.util.List;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A count an entry reports for one indicator. {@code high} is set only for ranges. */
@Table("entry_figure")
public record Figure(Basis basis, Qualifier qualifier, @Column("value_low") int low, @Column("value_high") Integer high) {

    public static final int MAX_VALUE = 1_000_000;
    /**
     * The export's numeric columns of an indicator, named {@code {code}_{part}} ({@code deaths_value}): the value (a
     * lone number or "at least" number; empty for a range), lower and upper bound (upper empty for "at least"), the
     * qualifier and the basis. They are derived from the readable column, so an import ignores them.
     */
    public static final List<String> NUMERIC_PARTS = List.of("value", "lower", "upper", "qualifier", "basis");

    public Figure {
        if (basis == null || qualifier == null) {
            throw new RefusedException("entry.problem.figure-parts");
        }
        if (low < 0 || low > MAX_VALUE) {
            throw new RefusedException("import.problem.figure-range", MAX_VALUE);
        }
        if (qualifier == Qualifier.RANGE) {
            if (high == null || high <= low || high > MAX_VALUE) {
                throw new RefusedException("entry.problem.range-upper");
            }
        } else if (high != null) {
            throw new RefusedException("entry.problem.upper-only-range");
        }
    }

    public static Figure cumulative(Qualifier qualifier, int value) {
        return new Figure(Basis.CUMULATIVE, qualifier, value, null);
    }

    public static Figure increment(Qualifier qualifier, int value) {
        return new Figure(Basis.INCREMENT, qualifier, value, null);
    }
}
