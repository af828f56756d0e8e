package com.riskdesk.base.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text a person would read that is written into UI code instead of coming from the bundles: a string literal
 * handed to a component or a setter that shows it (a Vaadin screen), or words inside the HTML a server-written page
 * builds (text between tags, {@code aria-label}, {@code title}, {@code alt}).
 * <p>
 * What is not a word (the allow-list, kept small on purpose): literals that are one lower-case token such as CSS
 * classes, ids, element names, routes and keys ({@code "tile-card"}, {@code "entry-place"}); literals without two
 * letters in a row (symbols, separators, "·", "–"); literals holding "=" (HTML attributes, query parameters); and the
 * few exact texts in {@link #NOT_WORDS}.
 */
final class VisibleTextScanner {

    /** A literal handed straight to something a person sees (first argument, or the text of an anchor). */
    private static final Pattern COMPONENT_TEXT = Pattern.compile(
            "(?:new (?:Span|Paragraph|H[1-6]|Button|ListItem|Text|TextField|TextArea|PasswordField|EmailField|"
                    + "IntegerField|NumberField|Checkbox|DatePicker|DateTimePicker|TimePicker|NativeLabel|Label|"
                    + "Details|Tab|MenuItem|Emphasis|Strong|Pre|Legend|Option|RadioButtonGroup|"
                    + "ComboBox<[^>]*>|Select<[^>]*>|MultiSelectComboBox<[^>]*>|CheckboxGroup<[^>]*>)\\(\\s*"
                    + "|new Anchor\\([^,()]*,\\s*"
                    + "|\\.(?:setText|setLabel|setHeader|setHelperText|setPlaceholder|setErrorMessage|setAriaLabel|"
                    + "setHeaderTitle|setEmptyStateText|setTitle|setMessage|setSubmit|setTooltipText|add|addItem|"
                    + "setConfirmText|setCancelText|setRejectText|setSummaryText|setI18n)\\(\\s*"
                    + "|Notification\\.show\\(\\s*|Notices\\.(?:done|error)\\(\\s*|@PageTitle\\(\\s*"
                    + "|setAttribute\\(\\s*\"(?:aria-label|title|alt|placeholder)\",\\s*)"
                    + "\"([^\"\\\\\n]*+(?:\\\\.[^\"\\\\\n]*+)*+)\"");
    /** Either side of a choice whose result is shown: {@code size == 1 ? "Not saved:" : "Not saved, "}. */
    private static final Pattern CHOICE_TEXT = Pattern.compile(
            "(?<=\\s)(?:\\?|:)\\s*\"([^\"\\\\\n]*+(?:\\\\.[^\"\\\\\n]*+)*+)\"(?=\\s*[:+;),])");
    /** Words inside an HTML string: between tags, or in an attribute a person reads or hears. */
    private static final Pattern HTML_TEXT = Pattern.compile(
            ">([^<>\"{}]*)<|(?:aria-label|title|alt|placeholder)=\\\\\"([^\\\\\"]*)\\\\\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\\n]*+(?:\\\\.[^\"\\\\\n]*+)*+)\"");
    private static final Pattern TWO_LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern ONE_TOKEN = Pattern.compile("[\\p{Ll}0-9_./:#@-]*");

    /** Exact texts that look like words but are not for translating (brand names, formats, units of code). */
    static final Set<String> NOT_WORDS = Set.of(
            "Risk Monitor",  // the product's name, the same in every language (app.name says it for pages)
            "UTC", "CSV", "JSON", "Atom", "PNG", "GeoJSON");

    /** One text found: its line and the literal. */
    record Finding(int line, String text) {
        @Override
        public String toString() {
            return line + " \"" + text + "\"";
        }
    }

    private VisibleTextScanner() {
    }

    static List<Finding> scan(String source) {
        String code = withoutComments(source);
        List<Finding> found = new ArrayList<>();
        collect(code, COMPONENT_TEXT, found);
        collect(code, CHOICE_TEXT, found);
        Matcher literal = STRING_LITERAL.matcher(code);
        while (literal.find()) {
            Matcher html = HTML_TEXT.matcher(literal.group(0));
            while (html.find()) {
                String text = html.group(1) != null ? html.group(1) : html.group(2);
                add(found, code, literal.start(), text);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Finding::line));
        return found.stream().distinct().toList();
    }

    /** Whether a literal reads as words a person would see, rather than a class, id, key or symbol. */
    static boolean isWords(String text) {
        String stripped = text.strip();
        return TWO_LETTERS.matcher(stripped).find() && !ONE_TOKEN.matcher(stripped).matches()
                && !NOT_WORDS.contains(stripped) && !stripped.startsWith("http") && !stripped.contains("$0")
                && !stripped.contains("=");  // markup or a query: class=\"x\" aria-current=\"true\", ?asOf=
    }

    private static void collect(String code, Pattern pattern, List<Finding> found) {
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            add(found, code, matcher.start(), matcher.group(1));
        }
    }

    private static void add(List<Finding> found, String code, int at, String text) {
        if (text != null && isWords(text)) {
            found.add(new Finding(code.substring(0, at).split("\n", -1).length, text.strip()));
        }
    }

    /** Comments explain code, in English, and are never shown; blanked out keeping line numbers. */
    private static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {  // a text block holds CSS, script or SQL in UI code, not shown text
                int end = endOfString(source, i);
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> code.append('\n'));
                i = end;
            } else if (c == '"') {
                int end = endOfString(source, i);
                code.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> code.append('\n'));
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** The index after a string literal (or text block) starting at {@code start}. */
    private static int endOfString(String source, int start) {
        if (source.startsWith("\"\"\"", start)) {
            int end = source.indexOf("\"\"\"", start + 3);
            return end < 0 ? source.length() : end + 3;
        }
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != '"' && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }
}
