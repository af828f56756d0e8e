package com.riskdesk.entry.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as {@code entries.csv} writes it: quoted fields may hold commas, doubled quotes and line breaks; lines
 * end in CRLF or LF. Each record keeps the line it starts on, so a problem can be reported where a person finds it.
 */
final class CsvReader {

    /** One record: the 1-based line it starts on and its cells. */
    record Record(int line, List<String> cells) {
    }

    private final String text;
    private int at;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Every record of {@code text}; blank lines are skipped. Throws when a quoted field is never closed. */
    static List<Record> read(String text) {
        CsvReader reader = new CsvReader(text);
        List<Record> records = new ArrayList<>();
        while (reader.at < reader.text.length()) {
            int start = reader.line;
            List<String> cells = reader.record();
            if (!(cells.size() == 1 && cells.getFirst().isEmpty())) {
                records.add(new Record(start, cells));
            }
        }
        return records;
    }

    private List<String> record() {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"' && cell.isEmpty()) {
                quoted(cell);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                    at++;
                }
                line++;
                break;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private void quoted(StringBuilder cell) {
        int opened = line;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                if (at < text.length() && text.charAt(at) == '"') {
                    cell.append('"');
                    at++;
                } else {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                cell.append(c);
            }
        }
        throw new MalformedCsvException(opened);
    }

    /** A quoted field that never closes: nothing after it can be read reliably. */
    static final class MalformedCsvException extends RuntimeException {

        private final int line;

        MalformedCsvException(int line) {
            super("A quoted field opened on line " + line + " is never closed");
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
