package org.dmstudio.dts.internal.cpp;

import java.util.List;

/** Evaluates the controlling expression of {@code #if}/{@code #elif} after macro expansion. */
final class IfExpression {
    static final class Error extends Exception {
        private static final long serialVersionUID = 1L;

        Error(String message) {
            super(message, null, false, false);
        }
    }

    private final List<PpToken> toks;
    private int pos;
    private int skip;
    private boolean unsigned;

    private IfExpression(List<PpToken> toks) {
        this.toks = toks;
    }

    static boolean evaluate(List<PpToken> tokens) throws Error {
        IfExpression e = new IfExpression(tokens);
        if (tokens.isEmpty()) {
            throw new Error("#if with no expression");
        }
        long v = e.conditional();
        if (e.pos < tokens.size()) {
            throw new Error("missing binary operator before token \"" + tokens.get(e.pos).text + "\"");
        }
        return v != 0;
    }

    private PpToken peek() {
        return pos < toks.size() ? toks.get(pos) : null;
    }

    private boolean accept(String op) {
        PpToken t = peek();
        if (t != null && t.is(op)) {
            pos++;
            return true;
        }
        return false;
    }

    private long conditional() throws Error {
        long c = binary(0);
        if (accept("?")) {
            if (c == 0) {
                skip++;
            }
            long a = conditional();
            boolean au = unsigned;
            if (c == 0) {
                skip--;
            }
            if (!accept(":")) {
                throw new Error("'?' without following ':'");
            }
            if (c != 0) {
                skip++;
            }
            long b = conditional();
            if (c != 0) {
                skip--;
            }
            unsigned = au || unsigned;
            return c != 0 ? a : b;
        }
        return c;
    }

    private static final String[][] LEVELS = {
        {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"},
        {"*", "/", "%"},
    };

    private long binary(int level) throws Error {
        if (level == LEVELS.length) {
            return unary();
        }
        long left = binary(level + 1);
        while (true) {
            PpToken t = peek();
            String op = null;
            if (t != null && t.type == PpToken.PUNCT) {
                for (String o : LEVELS[level]) {
                    if (t.text.equals(o)) {
                        op = o;
                    }
                }
            }
            if (op == null) {
                return left;
            }
            pos++;
            boolean lu = unsigned;
            boolean shortCircuit = (op.equals("&&") && left == 0) || (op.equals("||") && left != 0);
            if (shortCircuit) {
                skip++;
            }
            long right = binary(level + 1);
            if (shortCircuit) {
                skip--;
            }
            boolean u = lu || unsigned;
            left = apply(op, left, right, u, lu);
        }
    }

    private long apply(String op, long a, long b, boolean u, boolean lu) throws Error {
        unsigned = u;
        switch (op) {
            case "||":
                unsigned = false;
                return (a != 0 || b != 0) ? 1 : 0;
            case "&&":
                unsigned = false;
                return (a != 0 && b != 0) ? 1 : 0;
            case "|":
                return a | b;
            case "^":
                return a ^ b;
            case "&":
                return a & b;
            case "==":
                unsigned = false;
                return a == b ? 1 : 0;
            case "!=":
                unsigned = false;
                return a != b ? 1 : 0;
            case "<", ">", "<=", ">=": {
                int c = u ? Long.compareUnsigned(a, b) : Long.compare(a, b);
                unsigned = false;
                boolean r = switch (op) {
                    case "<" -> c < 0;
                    case ">" -> c > 0;
                    case "<=" -> c <= 0;
                    default -> c >= 0;
                };
                return r ? 1 : 0;
            }
            case "<<":
                unsigned = lu;
                return b < 0 || b >= 64 ? 0 : a << b;
            case ">>":
                unsigned = lu;
                if (b < 0 || b >= 64) {
                    return lu || a >= 0 ? 0 : -1;
                }
                return lu ? a >>> b : a >> b;
            case "+":
                return a + b;
            case "-":
                return a - b;
            case "*":
                return a * b;
            case "/":
            case "%":
                if (b == 0) {
                    if (skip > 0) {
                        return 0;
                    }
                    throw new Error("division by zero in #if");
                }
                if (op.equals("/")) {
                    return u ? Long.divideUnsigned(a, b) : a / b;
                }
                return u ? Long.remainderUnsigned(a, b) : a % b;
            default:
                throw new Error("bad operator " + op);
        }
    }

    private long unary() throws Error {
        PpToken t = peek();
        if (t == null) {
            throw new Error("#if with no expression");
        }
        if (t.type == PpToken.PUNCT) {
            switch (t.text) {
                case "+":
                    pos++;
                    return unary();
                case "-":
                    pos++;
                    return -unary();
                case "~":
                    pos++;
                    return ~unary();
                case "!": {
                    pos++;
                    long v = unary();
                    unsigned = false;
                    return v == 0 ? 1 : 0;
                }
                case "(": {
                    pos++;
                    long v = conditional();
                    if (!accept(")")) {
                        throw new Error("missing ')' in expression");
                    }
                    return v;
                }
                default:
                    throw new Error("token \"" + t.text + "\" is not valid in preprocessor expressions");
            }
        }
        pos++;
        unsigned = false;
        return switch (t.type) {
            case PpToken.NUMBER -> number(t.text);
            case PpToken.CHAR -> character(t.text);
            case PpToken.IDENT -> 0;
            default -> throw new Error("token \"" + t.text + "\" is not valid in preprocessor expressions");
        };
    }

    private long number(String text) throws Error {
        int end = text.length();
        boolean u = false;
        while (end > 0 && "uUlL".indexOf(text.charAt(end - 1)) >= 0) {
            if (Character.toLowerCase(text.charAt(end - 1)) == 'u') {
                u = true;
            }
            end--;
        }
        String digits = text.substring(0, end);
        int radix = 10;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        try {
            long v = Long.parseUnsignedLong(digits, radix);
            unsigned = u || v < 0;
            return v;
        } catch (NumberFormatException e) {
            throw new Error("invalid integer constant \"" + text + "\" in #if");
        }
    }

    private static long character(String text) {
        String body = text.substring(1, text.length() - 1);
        if (body.isEmpty()) {
            return 0;
        }
        char c = body.charAt(0);
        if (c != '\\' || body.length() < 2) {
            return c;
        }
        char e = body.charAt(1);
        return switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'v' -> 11;
            case '0', '1', '2', '3', '4', '5', '6', '7' -> Integer.parseInt(body.substring(1).replaceAll("[^0-7].*", ""), 8);
            default -> e;
        };
    }
}
