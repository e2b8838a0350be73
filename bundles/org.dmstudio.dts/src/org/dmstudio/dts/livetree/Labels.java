package org.dmstudio.dts.livetree;

import java.util.ArrayList;
import java.util.List;

import org.dmstudio.dts.SourcePosition;

/** Label lists with dtc's semantics: newest first, re-adding revives a deleted label. */
final class Labels {
    private Labels() {
    }

    static List<Label> add(List<Label> labels, String name, SourcePosition position) {
        List<Label> list = labels == null ? new ArrayList<>(1) : labels;
        for (Label l : list) {
            if (l.name().equals(name)) {
                l.setDeleted(false);
                return list;
            }
        }
        list.add(0, new Label(name, position));
        return list;
    }

    static List<String> names(List<Label> labels) {
        if (labels == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(labels.size());
        for (Label l : labels) {
            if (!l.isDeleted()) {
                out.add(l.name());
            }
        }
        return out;
    }

    static void deleteAll(List<Label> labels) {
        if (labels != null) {
            for (Label l : labels) {
                l.setDeleted(true);
            }
        }
    }
}
