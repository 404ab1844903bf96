package nl.iwmohub.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * An XML Schema regular expression (XSD 1.0, the subset our XSDs use) matched in time linear in the length of
 * the text: compiled to a Thompson automaton and run over all its states at once, never backtracking. The JDK's
 * validator backtracks on patterns such as {@code .*[^\s].*}, which makes a long value cost quadratic or worse
 * time; this matcher gives the same answer (an XSD pattern matches the whole value) at a bounded cost per
 * character. Supported: branches, groups, the quantifiers ? * + {n} {n,} {n,m}, character classes with ranges
 * and negation, the wildcard and the escapes \n \r \t, the single-character escapes, \s \S \d \D \w \W.
 * Anything else is refused when the pattern is compiled, so an unsupported pattern is found at start-up.
 */
public final class XsdRegex {
    private static final int SPLIT = -1;
    private static final int MATCH = -2;

    private final String source;
    // state i: kind[i] >= 0 is a character test (index into tests), SPLIT or MATCH; out1/out2 the next states
    private final List<Integer> kind = new ArrayList<>();
    private final List<Integer> out1 = new ArrayList<>();
    private final List<Integer> out2 = new ArrayList<>();
    private final List<IntPredicate> tests = new ArrayList<>();
    private final int start;
    // the same, as arrays for the matching loop
    private final int[] kinds;
    private final int[] next1;
    private final int[] next2;
    private final IntPredicate[] testArray;

    private XsdRegex(String source) {
        this.source = source;
        Parser parser = new Parser(source);
        Node ast = parser.regExp();
        if (parser.pos != source.length()) throw parser.error("unexpected '" + source.charAt(parser.pos) + "'");
        int match = state(MATCH, -1, -1);
        start = compile(ast, match);
        kinds = kind.stream().mapToInt(Integer::intValue).toArray();
        next1 = out1.stream().mapToInt(Integer::intValue).toArray();
        next2 = out2.stream().mapToInt(Integer::intValue).toArray();
        testArray = tests.toArray(IntPredicate[]::new);
    }

    public static XsdRegex compile(String pattern) {
        return new XsdRegex(pattern);
    }

    public String source() {
        return source;
    }

    /** Whether the pattern matches the whole of {@code text} (XSD patterns are anchored at both ends). */
    public boolean matches(CharSequence text) {
        int n = kinds.length;
        int[] current = new int[n];
        int[] next = new int[n];
        int[] seen = new int[n];
        int[] stack = new int[2 * n + 2];
        int generation = 1;
        int count = add(start, current, 0, seen, generation, stack);
        for (int i = 0; i < text.length() && count > 0; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            generation++;
            int nextCount = 0;
            for (int k = 0; k < count; k++) {
                int s = current[k];
                int test = kinds[s];
                if (test >= 0 && testArray[test].test(c)) nextCount = add(next1[s], next, nextCount, seen, generation, stack);
            }
            int[] swap = current;
            current = next;
            next = swap;
            count = nextCount;
        }
        for (int k = 0; k < count; k++) if (kinds[current[k]] == MATCH) return true;
        return false;
    }

    /** Adds a state and everything reachable from it without reading a character. */
    private int add(int s, int[] list, int count, int[] seen, int generation, int[] stack) {
        // an explicit stack, not recursion: a long chain of empty moves must not exhaust the thread's stack
        int top = 0;
        stack[top++] = s;
        while (top > 0) {
            int x = stack[--top];
            if (seen[x] == generation) continue;
            seen[x] = generation;
            if (kinds[x] == SPLIT) {
                if (next2[x] >= 0) stack[top++] = next2[x];
                stack[top++] = next1[x];
            } else {
                list[count++] = x;
            }
        }
        return count;
    }

    private int state(int k, int a, int b) {
        kind.add(k);
        out1.add(a);
        out2.add(b);
        return kind.size() - 1;
    }

    /** Compiles {@code node} so that it continues with state {@code next}; returns its entry state. */
    private int compile(Node node, int next) {
        if (node instanceof Cls c) {
            tests.add(c.test);
            return state(tests.size() - 1, next, -1);
        }
        if (node instanceof Seq s) {
            int entry = next;
            for (int i = s.items.size() - 1; i >= 0; i--) entry = compile(s.items.get(i), entry);
            return entry;
        }
        if (node instanceof Alt a) {
            int entry = compile(a.branches.get(a.branches.size() - 1), next);
            for (int i = a.branches.size() - 2; i >= 0; i--) entry = state(SPLIT, compile(a.branches.get(i), next), entry);
            return entry;
        }
        Rep r = (Rep) node;
        int entry;
        if (r.max < 0) {
            // the unbounded tail: a loop that may be left before each round
            int loop = state(SPLIT, -1, next);
            out1.set(loop, compile(r.item, loop));
            entry = loop;
        } else {
            entry = next;
            for (int i = r.min; i < r.max; i++) entry = state(SPLIT, compile(r.item, entry), next);
            // each optional copy may be skipped straight to the end
        }
        for (int i = 0; i < r.min; i++) entry = compile(r.item, entry);
        return entry;
    }

    private sealed interface Node permits Cls, Seq, Alt, Rep {}

    private record Cls(IntPredicate test) implements Node {}

    private record Seq(List<Node> items) implements Node {}

    private record Alt(List<Node> branches) implements Node {}

    private record Rep(Node item, int min, int max) implements Node {}

    private static final class Parser {
        private final String p;
        private int pos;

        Parser(String p) {
            this.p = p;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("XSD pattern '" + p + "' at " + pos + ": " + what);
        }

        Node regExp() {
            List<Node> branches = new ArrayList<>();
            branches.add(branch());
            while (pos < p.length() && p.charAt(pos) == '|') {
                pos++;
                branches.add(branch());
            }
            return branches.size() == 1 ? branches.get(0) : new Alt(branches);
        }

        private Node branch() {
            List<Node> items = new ArrayList<>();
            while (pos < p.length() && p.charAt(pos) != '|' && p.charAt(pos) != ')') items.add(piece());
            return new Seq(items);
        }

        private Node piece() {
            Node atom = atom();
            if (pos >= p.length()) return atom;
            char q = p.charAt(pos);
            switch (q) {
                case '?' -> { pos++; return new Rep(atom, 0, 1); }
                case '*' -> { pos++; return new Rep(atom, 0, -1); }
                case '+' -> { pos++; return new Rep(atom, 1, -1); }
                case '{' -> {
                    pos++;
                    int min = number();
                    int max = min;
                    if (p.charAt(pos) == ',') {
                        pos++;
                        max = p.charAt(pos) == '}' ? -1 : number();
                    }
                    expect('}');
                    if (max >= 0 && max < min) throw error("{n,m} with m < n");
                    return new Rep(atom, min, max);
                }
                default -> { return atom; }
            }
        }

        private int number() {
            int begin = pos;
            while (pos < p.length() && Character.isDigit(p.charAt(pos))) pos++;
            if (begin == pos) throw error("a number expected");
            int n = Integer.parseInt(p.substring(begin, pos));
            if (n > 1000) throw error("a quantity above 1000");
            return n;
        }

        private void expect(char c) {
            if (pos >= p.length() || p.charAt(pos) != c) throw error("'" + c + "' expected");
            pos++;
        }

        private Node atom() {
            int c = p.codePointAt(pos);
            switch (c) {
                case '(' -> {
                    pos++;
                    Node inner = regExp();
                    expect(')');
                    return inner;
                }
                case '[' -> { return new Cls(classExpr()); }
                case '.' -> { pos++; return new Cls(x -> x != '\n' && x != '\r'); }
                case '\\' -> { return new Cls(escape()); }
                case '?', '*', '+', '{', '}', ']', ')' -> throw error("'" + (char) c + "' cannot start an atom");
                default -> {
                    pos += Character.charCount(c);
                    return new Cls(x -> x == c);
                }
            }
        }

        /** [...], [^...]; subtraction is not used by our XSDs and refused. */
        private IntPredicate classExpr() {
            expect('[');
            boolean negated = pos < p.length() && p.charAt(pos) == '^';
            if (negated) pos++;
            IntPredicate any = x -> false;
            boolean first = true;
            while (pos < p.length() && (p.charAt(pos) != ']' || first)) {
                if (p.charAt(pos) == '[') throw error("nested class or subtraction is not supported");
                IntPredicate item;
                if (p.charAt(pos) == '\\') {
                    item = escape();
                } else {
                    int from = p.codePointAt(pos);
                    pos += Character.charCount(from);
                    if (pos + 1 < p.length() && p.charAt(pos) == '-' && p.charAt(pos + 1) != ']') {
                        pos++;
                        int to;
                        if (p.charAt(pos) == '\\') {
                            to = singleEscape();
                        } else {
                            to = p.codePointAt(pos);
                            pos += Character.charCount(to);
                        }
                        if (to < from) throw error("range out of order");
                        item = x -> x >= from && x <= to;
                    } else {
                        item = x -> x == from;
                    }
                }
                IntPredicate before = any;
                any = x -> before.test(x) || item.test(x);
                first = false;
            }
            expect(']');
            IntPredicate union = any;
            return negated ? x -> !union.test(x) : union;
        }

        private int singleEscape() {
            expect('\\');
            char e = p.charAt(pos++);
            return switch (e) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case '\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '-', '[', ']', '^' -> e;
                default -> throw error("escape \\" + e + " is not a single character");
            };
        }

        private IntPredicate escape() {
            char e = p.charAt(pos + 1);
            IntPredicate space = x -> x == ' ' || x == '\t' || x == '\n' || x == '\r';
            IntPredicate digit = x -> Character.getType(x) == Character.DECIMAL_DIGIT_NUMBER;
            // \w: every character except punctuation, separators and "other" (XSD 1.0, F.1.1)
            IntPredicate word = x -> switch (Character.getType(x)) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.SPACE_SEPARATOR,
                        Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL, Character.FORMAT,
                        Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
                default -> true;
            };
            IntPredicate multi = switch (e) {
                case 's' -> space;
                case 'S' -> space.negate();
                case 'd' -> digit;
                case 'D' -> digit.negate();
                case 'w' -> word;
                case 'W' -> word.negate();
                case 'i', 'I', 'c', 'C', 'p', 'P' -> throw error("escape \\" + e + " is not supported");
                default -> null;
            };
            if (multi != null) {
                pos += 2;
                return multi;
            }
            int c = singleEscape();
            return x -> x == c;
        }
    }
}
