package org.dmstudio.dts.internal.checks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.SourcePosition;
import org.dmstudio.dts.internal.tree.Data;
import org.dmstudio.dts.internal.tree.Phandles;
import org.dmstudio.dts.internal.tree.Resolver;
import org.dmstudio.dts.livetree.Label;
import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.Marker;
import org.dmstudio.dts.livetree.MarkerType;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/**
 * dtc's checks (checks.c) in dtc's order. Some of them change the tree and so
 * decide the output: explicit and allocated phandles, reference fixups, removal
 * of redundant {@code name} properties and of unreferenced
 * {@code /omit-if-no-ref/} nodes.
 */
public final class Checks {
    private static final String NODECHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,._+-@";
    private static final String PROPCHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,._+*#?-";

    private final LiveTree tree;
    private final Node root;
    private final boolean symbols;
    private final Phandles phandles;
    private final Consumer<Diagnostic> sink;
    private boolean failed;
    private Resolver resolver;

    private Checks(LiveTree tree, boolean symbols, Phandles phandles, Consumer<Diagnostic> sink) {
        this.tree = tree;
        this.root = tree.root();
        this.symbols = symbols;
        this.phandles = phandles;
        this.sink = sink;
    }

    /**
     * Runs the checks. {@code symbols} is dtc's {@code -@}: labelled nodes are then
     * never omitted. Returns false if an error-level check failed.
     */
    public static boolean run(LiveTree tree, boolean symbols, Phandles phandles, Consumer<Diagnostic> sink) {
        Checks c = new Checks(tree, symbols, phandles, sink);
        return c.runAll();
    }

    private boolean runAll() {
        boolean ok = true;
        boolean dupNodes = check(true, this::duplicateNodeNames);
        ok &= dupNodes;
        ok &= check(true, this::duplicatePropertyNames);
        boolean nodeChars = check(true, this::nodeNameChars);
        ok &= nodeChars;
        if (nodeChars) {
            ok &= check(true, this::nodeNameFormat);
        }
        ok &= check(true, this::propertyNameChars);
        boolean nameString = check(true, (c, n) -> isString(c, n, "name"));
        ok &= nameString;
        if (nameString) {
            ok &= check(true, this::nameProperties);
        }
        if (nodeChars) {
            check(false, this::nodeNameVsPropertyName);
        }
        resolver = new Resolver(root);
        ok &= check(true, this::duplicateLabel);
        boolean explicit = check(true, this::explicitPhandles);
        ok &= explicit;
        boolean phRefs = false;
        if (dupNodes && explicit) {
            phandles.rescan();
            phRefs = check(true, this::phandleReferences);
            ok &= phRefs;
        }
        boolean pathRefs = false;
        if (dupNodes) {
            pathRefs = check(true, this::pathReferences);
            ok &= pathRefs;
        }
        if (phRefs && pathRefs) {
            check(true, this::omitUnusedNodes);
        }
        check(false, (c, n) -> isCell(c, n, "#address-cells"));
        check(false, (c, n) -> isCell(c, n, "#size-cells"));
        check(false, (c, n) -> isCell(c, n, "#interrupt-cells"));
        check(false, (c, n) -> isString(c, n, "device_type"));
        check(false, (c, n) -> isString(c, n, "model"));
        check(false, (c, n) -> isString(c, n, "status"));
        check(false, (c, n) -> isString(c, n, "label"));
        check(false, (c, n) -> isStringList(c, n, "compatible"));
        check(false, this::namesAreStringLists);
        check(false, this::unitAddressVsReg);
        return ok && !failed;
    }

    /** One check: a callback per live node in pre-order; returns whether nothing failed. */
    private final class Check {
        final boolean error;
        boolean passed = true;

        Check(boolean error) {
            this.error = error;
        }

        void fail(Node node, Property prop, SourcePosition at, String message) {
            passed = false;
            SourcePosition pos = at;
            if (pos == null && prop != null && prop.span() != null) {
                pos = prop.span().start();
            }
            if (pos == null && node != null && !node.definitions().isEmpty()) {
                pos = node.definitions().get(0).start();
            }
            String where = node == null ? "" : prop == null ? node.path() + ": " : node.path() + ":" + prop.name() + ": ";
            sink.accept(new Diagnostic(error ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING, pos,
                    where + message));
            if (error) {
                failed = true;
            }
        }
    }

    private boolean check(boolean error, BiConsumer<Check, Node> fn) {
        Check c = new Check(error);
        walk(c, fn, root);
        return c.passed;
    }

    private static void walk(Check c, BiConsumer<Check, Node> fn, Node node) {
        fn.accept(c, node);
        List<Node> kids = node.childList();
        for (int i = 0; i < kids.size(); i++) {
            Node k = kids.get(i);
            if (!k.isDeleted()) {
                walk(c, fn, k);
            }
        }
    }

    private void duplicateNodeNames(Check c, Node node) {
        List<Node> kids = node.childList();
        for (int i = 0; i < kids.size(); i++) {
            Node a = kids.get(i);
            if (a.isDeleted()) {
                continue;
            }
            for (int j = i + 1; j < kids.size(); j++) {
                Node b = kids.get(j);
                if (a.name().equals(b.name())) {
                    c.fail(b, null, null, "Duplicate node name");
                }
            }
        }
    }

    private void duplicatePropertyNames(Check c, Node node) {
        List<Property> props = node.propertyList();
        for (int i = 0; i < props.size(); i++) {
            Property a = props.get(i);
            if (a.isDeleted()) {
                continue;
            }
            for (int j = i + 1; j < props.size(); j++) {
                Property b = props.get(j);
                if (!b.isDeleted() && a.name().equals(b.name())) {
                    c.fail(node, a, b.span() != null ? b.span().start() : null, "Duplicate property name");
                }
            }
        }
    }

    private static int span(String s, String allowed) {
        int i = 0;
        while (i < s.length() && allowed.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private void nodeNameChars(Check c, Node node) {
        int n = span(node.name(), NODECHARS);
        if (n < node.name().length()) {
            c.fail(node, null, null, "Bad character '" + node.name().charAt(n) + "' in node name");
        }
    }

    private void nodeNameFormat(Check c, Node node) {
        if (node.unitAddress().indexOf('@') >= 0) {
            c.fail(node, null, null, "multiple '@' characters in node name");
        }
    }

    private void propertyNameChars(Check c, Node node) {
        for (Property p : node.properties()) {
            int n = span(p.name(), PROPCHARS);
            if (n < p.name().length()) {
                c.fail(node, p, null, "Bad character '" + p.name().charAt(n) + "' in property name");
            }
        }
    }

    private void nameProperties(Check c, Node node) {
        List<Property> props = node.propertyList();
        for (int i = 0; i < props.size(); i++) {
            Property p = props.get(i);
            if (!p.name().equals("name")) {
                continue;
            }
            String base = node.baseName();
            byte[] v = p.value();
            boolean same = v.length == base.length() + 1;
            for (int k = 0; same && k < base.length(); k++) {
                same = v[k] == (byte) base.charAt(k);
            }
            if (same) {
                props.remove(i);
            } else {
                c.fail(node, null, null, "\"name\" property is incorrect (\"" + cString(v) + "\" instead of base node name)");
            }
            return;
        }
    }

    private static String cString(byte[] v) {
        int e = 0;
        while (e < v.length && v[e] != 0) {
            e++;
        }
        return new String(v, 0, e, StandardCharsets.ISO_8859_1);
    }

    private void nodeNameVsPropertyName(Check c, Node node) {
        if (node.parent() != null && node.parent().property(node.name()) != null) {
            c.fail(node, null, null, "node name and property name conflict");
        }
    }

    private void duplicateLabel(Check c, Node node) {
        for (Label l : node.labelList()) {
            if (!l.isDeleted()) {
                duplicateLabel(c, l.name(), node, null, null, l.position());
            }
        }
        for (Property p : node.properties()) {
            for (Label l : p.labelList()) {
                if (!l.isDeleted()) {
                    duplicateLabel(c, l.name(), node, p, null, l.position());
                }
            }
            for (Marker m : p.markers()) {
                if (m.type() == MarkerType.LABEL) {
                    duplicateLabel(c, m.ref(), node, p, m, m.position());
                }
            }
        }
    }

    private void duplicateLabel(Check c, String label, Node node, Property prop, Marker mark, SourcePosition at) {
        Object[] other = findLabel(root, label);
        if (other == null) {
            return;
        }
        if (other[0] != node || other[1] != prop || other[2] != mark) {
            c.fail(node, null, at, "Duplicate label '" + label + "' on " + describe(node, prop, mark) + " and "
                    + describe((Node) other[0], (Property) other[1], (Marker) other[2]));
        }
    }

    private static String describe(Node node, Property prop, Marker mark) {
        return (mark != null ? "value of " : "") + (prop != null ? "'" + prop.name() + "' in " : "") + node.path();
    }

    /** The first holder of a label: a node, else a property, else a value marker (dtc's search order). */
    private Object[] findLabel(Node tree, String label) {
        Node n = resolver.resolve(label);
        if (n != null && !label.startsWith("/")) {
            return new Object[] {n, null, null};
        }
        Object[] p = findPropertyLabel(tree, label, false);
        return p != null ? p : findPropertyLabel(tree, label, true);
    }

    private static Object[] findPropertyLabel(Node node, String label, boolean markers) {
        for (Property p : node.properties()) {
            if (!markers) {
                for (Label l : p.labelList()) {
                    if (!l.isDeleted() && l.name().equals(label)) {
                        return new Object[] {node, p, null};
                    }
                }
            } else {
                for (Marker m : p.markers()) {
                    if (m.type() == MarkerType.LABEL && m.ref().equals(label)) {
                        return new Object[] {node, p, m};
                    }
                }
            }
        }
        for (Node k : node.childList()) {
            if (!k.isDeleted()) {
                Object[] r = findPropertyLabel(k, label, markers);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private int phandleProp(Check c, Node node, String name) {
        Property p = node.property(name);
        if (p == null) {
            return 0;
        }
        if (p.length() != 4) {
            c.fail(node, p, null, "bad length (" + p.length() + ") " + name + " property");
            return 0;
        }
        for (Marker m : p.markers()) {
            if (m.type() == MarkerType.REF_PHANDLE) {
                if (resolver.resolve(m.ref()) != node) {
                    c.fail(node, null, m.position(), name + " is a reference to another node");
                }
                return 0;
            }
        }
        int ph = (int) p.cell(0);
        if (!Phandles.isValid(ph)) {
            c.fail(node, p, null, "bad value (0x" + Integer.toHexString(ph) + ") in " + name + " property");
            return 0;
        }
        return ph;
    }

    private void explicitPhandles(Check c, Node node) {
        int ph = phandleProp(c, node, "phandle");
        int linux = phandleProp(c, node, "linux,phandle");
        if (ph == 0 && linux == 0) {
            return;
        }
        if (linux != 0 && ph != 0 && ph != linux) {
            c.fail(node, null, null, "mismatching 'phandle' and 'linux,phandle' properties");
        }
        if (ph == 0) {
            ph = linux;
        }
        Node other = tree.nodeByPhandle(ph);
        if (other != null && other != node) {
            c.fail(node, null, null, "duplicated phandle 0x" + Integer.toHexString(ph) + " (seen before at "
                    + other.path() + ")");
            return;
        }
        node.setPhandle(ph);
    }

    private void phandleReferences(Check c, Node node) {
        List<Property> props = node.propertyList();
        for (int i = 0; i < props.size(); i++) {
            Property p = props.get(i);
            if (p.isDeleted()) {
                continue;
            }
            for (Marker m : p.markers()) {
                if (m.type() != MarkerType.REF_PHANDLE) {
                    continue;
                }
                Node target = resolver.resolve(m.ref());
                if (target == null) {
                    if (!tree.isPlugin()) {
                        c.fail(node, null, m.position(), "Reference to non-existent node or label \"" + m.ref() + "\"");
                    } else {
                        putCell(p.value(), m.offset(), -1);
                    }
                    continue;
                }
                putCell(p.value(), m.offset(), phandles.phandleOf(root, target));
                target.setReferenced(true);
            }
        }
    }

    private static void putCell(byte[] v, int at, int value) {
        v[at] = (byte) (value >>> 24);
        v[at + 1] = (byte) (value >>> 16);
        v[at + 2] = (byte) (value >>> 8);
        v[at + 3] = (byte) value;
    }

    private void pathReferences(Check c, Node node) {
        for (Property p : node.propertyList()) {
            if (p.isDeleted()) {
                continue;
            }
            List<Marker> markers = null;
            byte[] value = p.value();
            for (int i = 0; i < p.markers().size(); i++) {
                Marker m = (markers != null ? markers : p.markers()).get(i);
                if (m.type() != MarkerType.REF_PATH) {
                    continue;
                }
                Node target = resolver.resolve(m.ref());
                if (target == null) {
                    c.fail(node, null, m.position(), "Reference to non-existent node or label \"" + m.ref() + "\"");
                    continue;
                }
                if (markers == null) {
                    markers = new ArrayList<>(p.markers());
                }
                byte[] path = (target.path() + "\0").getBytes(StandardCharsets.ISO_8859_1);
                value = Data.insertAt(value, markers, i, path);
                target.setReferenced(true);
            }
            if (markers != null) {
                p.setValue(value, markers);
            }
        }
    }

    private void omitUnusedNodes(Check c, Node node) {
        if (symbols && !node.labelList().isEmpty()) {
            return;
        }
        if (node.isOmitIfNoRef() && !node.isReferenced()) {
            node.delete();
        }
    }

    private void isCell(Check c, Node node, String name) {
        Property p = node.property(name);
        if (p != null && p.length() != 4) {
            c.fail(node, p, null, "property is not a single cell");
        }
    }

    private void isString(Check c, Node node, String name) {
        Property p = node.property(name);
        if (p == null) {
            return;
        }
        byte[] v = p.value();
        boolean one = v.length > 0 && v[v.length - 1] == 0;
        for (int i = 0; one && i < v.length - 1; i++) {
            one = v[i] != 0;
        }
        if (!one) {
            c.fail(node, p, null, "property is not a string");
        }
    }

    private void isStringList(Check c, Node node, String name) {
        Property p = node.property(name);
        if (p == null) {
            return;
        }
        byte[] v = p.value();
        if (v.length > 0 && v[v.length - 1] != 0) {
            c.fail(node, p, null, "property is not a string list");
        }
    }

    private void namesAreStringLists(Check c, Node node) {
        for (Property p : node.properties()) {
            if (p.name().endsWith("-names")) {
                isStringList(c, node, p.name());
            }
        }
    }

    private void unitAddressVsReg(Check c, Node node) {
        if (node.child("__overlay__") != null) {
            return;
        }
        Property p = node.property("reg");
        if (p == null) {
            p = node.property("ranges");
            if (p != null && p.length() == 0) {
                p = null;
            }
        }
        String unit = node.unitAddress();
        if (p != null && unit.isEmpty()) {
            c.fail(node, null, null, "node has a reg or ranges property, but no unit name");
        } else if (p == null && !unit.isEmpty()) {
            c.fail(node, null, null, "node has a unit name, but no reg or ranges property");
        }
    }
}
