package org.dmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dmstudio.model.Errno;
import org.junit.jupiter.api.Test;

class ErrnoTest {

	@Test
	void namesAsDmesgPrintsThem() {
		assertEquals("-EPROBE_DEFER", Errno.name(-517));
		assertEquals("-EINVAL", Errno.name(-22));
		assertEquals("-EACCES", Errno.name(-13));
		assertEquals("0", Errno.name(0));
		assertEquals("-4242", Errno.name(-4242));
	}

	@Test
	void parsesNamesAndNumbers() {
		assertEquals(-517, Errno.parse("-EPROBE_DEFER"));
		assertEquals(-22, Errno.parse("EINVAL"));
		assertEquals(-110, Errno.parse("-110"));
		assertThrows(IllegalArgumentException.class, () -> Errno.parse("-ENOPE"));
	}
}
