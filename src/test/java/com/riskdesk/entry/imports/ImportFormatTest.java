package com.riskdesk.entry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV and figure syntax an import reads, without Spring. */
class ImportFormatTest {

    @Test
    void records_keep_the_line_they_start_on_across_quoted_line_breaks() {
        List<CsvReader.Record> records = CsvReader.read(
                "\uFEFFa,b\r\n\"one\r\ntwo\",\"say \"\"hi\"\", twice\"\r\n\r\nx,\n");

        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 5);
        assertThat(records.get(1).cells()).containsExactly("one\r\ntwo", "say \"hi\", twice");
        assertThat(records.get(2).cells()).containsExactly("x", "");
        assertThat(records.getFirst().cells()).containsExactly("a", "b");
    }

    @Test
    void a_quote_that_never_closes_names_the_line_it_opened_on() {
        assertThatThrownBy(() -> CsvReader.read("a\n\"open\nstill open\n"))
                .isInstanceOfSatisfying(CsvReader.MalformedCsvException.class,
                        malformed -> assertThat(malformed.line()).isEqualTo(2));
    }

    @Test
    void figures_read_back_what_the_export_writes() {
        assertThat(FigureCell.parse("12 (this event)")).isEqualTo(Figure.increment(Qualifier.EXACT, 12));
        assertThat(FigureCell.parse("At least 83 (running total)")).isEqualTo(Figure.cumulative(Qualifier.AT_LEAST, 83));
        assertThat(FigureCell.parse("80–85 (running total)")).isEqualTo(new Figure(Basis.CUMULATIVE, Qualifier.RANGE, 80, 85));
        assertThat(FigureCell.parse("2-3 (this event)")).isEqualTo(new Figure(Basis.INCREMENT, Qualifier.RANGE, 2, 3));
    }

    @Test
    void a_figure_without_its_basis_or_out_of_range_is_refused_not_guessed() {
        assertThatThrownBy(() -> FigureCell.parse("12")).hasMessageContaining("(this event)");
        assertThatThrownBy(() -> FigureCell.parse("99999999999 (this event)")).hasMessageContaining("between 0 and");
        assertThatThrownBy(() -> FigureCell.parse("-5 (this event)")).hasMessageContaining("Not a figure");
        assertThatThrownBy(() -> FigureCell.parse("9–3 (running total)")).hasMessageContaining("upper value");
        assertThatThrownBy(() -> FigureCell.parse("1 (this event); 2 (running total)"))
                .hasMessageContaining("One figure per indicator");
    }
}
