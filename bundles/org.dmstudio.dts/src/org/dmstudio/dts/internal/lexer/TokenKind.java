package org.dmstudio.dts.internal.lexer;

/** dtc's token kinds (dtc-parser.y); CHAR is a single punctuation character. */
public enum TokenKind {
    DT_V1, DT_PLUGIN, DT_MEMRESERVE, DT_BITS, DT_DEL_PROP, DT_DEL_NODE, DT_OMIT_NO_REF, DT_PROPNODENAME,
    DT_LITERAL, DT_CHAR_LITERAL, DT_BYTE, DT_STRING, DT_LABEL, DT_REF, DT_INCBIN, DT_LSHIFT, DT_RSHIFT, DT_LE,
    DT_GE, DT_EQ, DT_NE, DT_AND, DT_OR, CHAR, EOF
}
