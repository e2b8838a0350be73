package org.dmstudio.dts.livetree;

/** A reference written as {@code &label} or {@code &{/path}}. */
public record Reference(String target) {

    public boolean isPath() {
        return target.startsWith("/");
    }

    @Override
    public String toString() {
        return isPath() ? "&{" + target + "}" : "&" + target;
    }
}
