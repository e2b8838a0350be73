package org.dmstudio.dts.livetree;

/** Kinds of value markers, as in dtc's {@code enum markertype}. */
public enum MarkerType {
    REF_PHANDLE, REF_PATH, LABEL, TYPE_UINT8, TYPE_UINT16, TYPE_UINT32, TYPE_UINT64, TYPE_STRING;

    public boolean isType() {
        return ordinal() >= TYPE_UINT8.ordinal();
    }
}
