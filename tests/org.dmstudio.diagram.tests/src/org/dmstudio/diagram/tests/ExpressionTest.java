package org.dmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dmstudio.diagram.DiagramState;
import org.dmstudio.diagram.internal.Env;
import org.dmstudio.diagram.internal.EvalContext;
import org.dmstudio.diagram.internal.Expression;
import org.dmstudio.diagram.internal.Templates;
import org.dmstudio.model.topology.Device;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

class ExpressionTest {

	private final List<EObject> roots = Fixtures.load(Fixtures.SEED000);
	private final EvalContext context = new EvalContext(roots, List.of(), DiagramState.NONE);

	private List<Object> eval(String expression, Object self) {
		return Expression.of(expression).evaluate(Env.of(context, self));
	}

	@Test
	void navigationFlattensAndComparesAnyToAny() {
		Device npu = Fixtures.device(roots, "fdab0000.npu");
		assertEquals(List.of("nputop"), eval("powerDomains.name", npu));
		assertEquals(List.of("npu"), eval("powerDomains.parents.name", npu));
		assertEquals(List.of("npu"), eval("powerDomains.closure(parents).name", npu));
		assertTrue(Expression.of("driver.name = 'rocket' and parent = null").test(Env.of(context, npu)));
		assertFalse(Expression.of("bus.type != 'PLATFORM'").test(Env.of(context, npu)));
		assertEquals(List.of(11), eval("links.size()", roots.get(0)));
		assertEquals(3, eval("links.flags", roots.get(0)).stream().filter(f -> f.toString().equals("STATELESS")).count());
		assertEquals(List.of("fdab9000.iommu", "fdab0000.npu"), eval("inverse(powerDomains).name", eval("powerDomains", npu).get(0)));
	}

	@Test
	void templatesJoinListsAndFormatErrnos() {
		Device npu = Fixtures.device(roots, "fdab0000.npu");
		assertEquals("fdab0000.npu on nputop (rocket)", Templates.render("{name} on {powerDomains.name} ({driver.name})", Env.of(context, npu)));
		assertEquals("-EPROBE_DEFER", Templates.render("{errno()}", Env.of(context, -517)));
	}

	@Test
	void badExpressionsAreReportedWithTheirPosition() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expression.of("name = 'x"));
		assertTrue(e.getMessage().contains("unterminated"));
		assertThrows(IllegalArgumentException.class, () -> Expression.of("name ="));
	}
}
