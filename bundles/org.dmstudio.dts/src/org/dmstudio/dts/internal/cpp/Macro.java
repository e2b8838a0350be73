package org.dmstudio.dts.internal.cpp;

import java.util.Arrays;

import org.dmstudio.dts.SourcePosition;

/** A macro definition. {@code disabled} is set while its expansion is being rescanned. */
final class Macro {
    final String name;
    final boolean functionLike;
    final String[] params;
    final boolean variadic;
    final PpToken[] body;
    final SourcePosition definedAt;
    boolean disabled;

    Macro(String name, boolean functionLike, String[] params, boolean variadic, PpToken[] body,
            SourcePosition definedAt) {
        this.name = name;
        this.functionLike = functionLike;
        this.params = params;
        this.variadic = variadic;
        this.body = body;
        this.definedAt = definedAt;
    }

    boolean sameDefinition(Macro o) {
        if (functionLike != o.functionLike || variadic != o.variadic || !Arrays.equals(params, o.params)
                || body.length != o.body.length) {
            return false;
        }
        for (int i = 0; i < body.length; i++) {
            PpToken a = body[i];
            PpToken b = o.body[i];
            if (!a.text.equals(b.text) || (i > 0 && a.white != b.white)) {
                return false;
            }
        }
        return true;
    }
}
