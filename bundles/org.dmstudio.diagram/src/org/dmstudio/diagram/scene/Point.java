package org.dmstudio.diagram.scene;

public record Point(double x, double y) {
}
